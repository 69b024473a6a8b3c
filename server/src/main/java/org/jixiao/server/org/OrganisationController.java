package org.jixiao.server.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree the signed-in person can see; administrators add organisations and people here. */
@Controller
class OrganisationController {
    /** A new organisation under a parent (none: a root finance bureau). */
    record NewOrganisation(Long parentId, @NotNull(message = "{validation.required}") OrgKind kind,
                           @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
                           @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String region,
                           @NotNull(message = "{validation.required}") OrgLevel level) {
    }

    /** A new person bound to an organisation. */
    record NewUser(@NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z0-9._-]{2,64}", message = "{validation.username}") String username,
                   @NotBlank(message = "{validation.required}") @Size(min = Administration.MIN_PASSWORD, max = Administration.MAX_PASSWORD, message = "{validation.password}") String password,
                   @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String displayName,
                   @NotNull(message = "{validation.required}") Role role, Long organisationId) {
    }

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final MessageSource messages;

    OrganisationController(OrganisationRepository organisations, UserRepository users, PasswordEncoder encoder,
                           MessageSource messages) {
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
        this.messages = messages;
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model) {
        List<Organisation> visible = organisations.findAll(user.scope());
        model.addAttribute("organisations", visible);
        model.addAttribute("organisationNames", visible.stream().collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("isAdmin", user.is(Role.ADMIN));
        model.addAttribute("kinds", OrgKind.values());
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("people", user.is(Role.ADMIN) ? users.search(q) : List.of());
        return "organisations";
    }

    @PostMapping("/organisations")
    String addOrganisation(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NewOrganisation org,
                           BindingResult binding, RedirectAttributes redirect, Locale locale) {
        Administration.requireAdmin(user);
        if (binding.hasErrors()) {
            var error = binding.getFieldErrors().get(0);
            redirect.addFlashAttribute("adminRefused", messages.getMessage("admin.field." + error.getField(), null, locale)
                    + "：" + messages.getMessage(error, locale));
            return "redirect:/organisations";
        }
        Organisation parent = org.parentId() == null ? null : organisations.findById(org.parentId(), user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + org.parentId()));
        organisations.create(parent, org.kind(), org.name().strip(), org.region().strip(), org.level());
        return "redirect:/organisations";
    }

    /** Renames an organisation, or changes its region or level; with a parent given, moves it and its subtree there. */
    @PostMapping("/organisations/edit")
    String editOrganisation(@AuthenticationPrincipal CurrentUser user, @RequestParam long id,
                            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String region,
                            @RequestParam OrgLevel level, @RequestParam(defaultValue = "false") boolean move,
                            @RequestParam(required = false) Long parentId, RedirectAttributes redirect, Locale locale) {
        Administration.requireAdmin(user);
        Organisation org = organisations.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("organisation " + id));
        if (!Administration.isAcceptableOrganisation(name, region)) {
            redirect.addFlashAttribute("adminRefused", messages.getMessage("admin.refused.nameAndRegion", null, locale));
            return "redirect:/organisations";
        }
        if (move) {
            Organisation parent = parentId == null ? null : organisations.findById(parentId, user.scope())
                    .orElseThrow(() -> new NotFoundException("organisation " + parentId));
            String refusal = OrgPlacement.refusal(org, parent);
            if (refusal != null) {
                redirect.addFlashAttribute("adminRefused", messages.getMessage(refusal, null, locale));
                return "redirect:/organisations";
            }
            organisations.move(org, parent);
        }
        organisations.update(org.id(), name.strip(), region.strip(), level);
        redirect.addFlashAttribute("adminDone", messages.getMessage("admin.done.organisation", new Object[] {name.strip()}, locale));
        return "redirect:/organisations";
    }

    /**
     * Adds a person. A refusal names the rule broken ("密码至少 8 位", "用户名已存在", a role that does not fit the
     * organisation) and the form comes back with what was typed, but the password.
     */
    @PostMapping("/organisations/users")
    String addUser(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NewUser person,
                   BindingResult binding, RedirectAttributes redirect, Locale locale) {
        Administration.requireAdmin(user);
        Organisation org = person.organisationId() == null ? null : organisations.findById(person.organisationId(), user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + person.organisationId()));
        String refusal = binding.hasErrors() ? null
                : users.findByUsername(person.username()).isPresent() ? "admin.refused.usernameTaken"
                : person.role() == null ? null : RoleFit.refusal(person.role(), org);
        if (binding.hasErrors() || refusal != null) {
            String message = binding.hasErrors()
                    ? messages.getMessage(binding.getFieldErrors().get(0), locale)
                    : messages.getMessage(refusal, null, locale);
            redirect.addFlashAttribute("adminRefused", message);
            redirect.addFlashAttribute("typed", person);
            return "redirect:/organisations";
        }
        users.create(person.username(), encoder.encode(person.password()), person.displayName().strip(), person.role(),
                org == null ? null : org.id());
        redirect.addFlashAttribute("adminDone", messages.getMessage("admin.done.added", new Object[] {person.username()}, locale));
        return "redirect:/organisations";
    }

}
