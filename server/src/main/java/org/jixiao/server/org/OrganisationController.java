package org.jixiao.server.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jixiao.server.evaluation.ForbiddenException;
import org.jixiao.server.evaluation.NotFoundException;
import org.jixiao.server.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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
                   @NotBlank(message = "{validation.required}") @Size(min = 8, max = 200, message = "{validation.password}") String password,
                   @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String displayName,
                   @NotNull(message = "{validation.required}") Role role, Long organisationId) {
    }

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final PasswordEncoder encoder;

    OrganisationController(OrganisationRepository organisations, UserRepository users, PasswordEncoder encoder) {
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", organisations.findAll(user.scope()));
        model.addAttribute("isAdmin", user.is(Role.ADMIN));
        model.addAttribute("kinds", OrgKind.values());
        model.addAttribute("levels", OrgLevel.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("people", user.is(Role.ADMIN) ? users.findAll() : List.of());
        return "organisations";
    }

    @PostMapping("/organisations")
    String addOrganisation(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NewOrganisation org,
                           BindingResult binding, RedirectAttributes redirect) {
        requireAdmin(user);
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("adminError", binding.getFieldErrors().get(0).getField());
            return "redirect:/organisations";
        }
        Organisation parent = org.parentId() == null ? null : organisations.findById(org.parentId(), user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + org.parentId()));
        organisations.create(parent, org.kind(), org.name().strip(), org.region().strip(), org.level());
        return "redirect:/organisations";
    }

    @PostMapping("/organisations/users")
    String addUser(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NewUser person,
                   BindingResult binding, RedirectAttributes redirect) {
        requireAdmin(user);
        if (binding.hasErrors() || users.findByUsername(person.username()).isPresent()
                || (person.role() != Role.ADMIN && person.organisationId() == null)) {
            redirect.addFlashAttribute("adminError", binding.hasErrors() ? binding.getFieldErrors().get(0).getField() : "username");
            return "redirect:/organisations";
        }
        Long orgId = person.organisationId() == null ? null : organisations.findById(person.organisationId(), user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + person.organisationId())).id();
        users.create(person.username(), encoder.encode(person.password()), person.displayName().strip(), person.role(), orgId);
        return "redirect:/organisations";
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden");
        }
    }
}
