package org.jixiao.server.org;

import java.util.Locale;
import org.jixiao.server.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator's changes to a person: a new password, disabling and enabling the account, another role or
 * organisation (the role must fit the organisation's kind, {@link RoleFit}). Each refusal names the rule broken. A
 * person disabled or given another role or organisation is signed out everywhere ({@link SignedInSessions}).
 */
@Controller
class UserAdminController {
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final SignedInSessions sessions;

    UserAdminController(UserRepository users, OrganisationRepository organisations, PasswordEncoder encoder,
                        MessageSource messages, SignedInSessions sessions) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.messages = messages;
        this.sessions = sessions;
    }

    @PostMapping("/organisations/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
                         @RequestParam(defaultValue = "") String password, RedirectAttributes redirect, Locale locale) {
        User person = person(admin, id);
        if (!Administration.isAcceptablePassword(password)) {
            return refused(redirect, "validation.password", locale);
        }
        users.updatePassword(person.id(), encoder.encode(password));
        return done(redirect, "admin.done.password", person, locale);
    }

    @PostMapping("/organisations/users/{id}/enabled")
    String setEnabled(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam boolean enabled,
                      RedirectAttributes redirect, Locale locale) {
        User person = person(admin, id);
        if (!enabled && person.id() == admin.id()) {
            return refused(redirect, "admin.refused.disableYourself", locale);
        }
        users.setEnabled(person.id(), enabled);
        if (!enabled) {
            sessions.endAllOf(person.username());
        }
        return done(redirect, enabled ? "admin.done.enabled" : "admin.done.disabled", person, locale);
    }

    @PostMapping("/organisations/users/{id}/role")
    String changeRole(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, @RequestParam Role role,
                      @RequestParam(required = false) Long organisationId, RedirectAttributes redirect, Locale locale) {
        User person = person(admin, id);
        Organisation org = organisationId == null ? null : organisations.findById(organisationId, admin.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        String refusal = RoleFit.refusal(role, org);
        if (refusal != null) {
            return refused(redirect, refusal, locale);
        }
        if (person.id() == admin.id() && role != Role.ADMIN) {
            return refused(redirect, "admin.refused.demoteYourself", locale);
        }
        users.updateRole(person.id(), role, org == null ? null : org.id());
        sessions.endAllOf(person.username());
        return done(redirect, "admin.done.role", person, locale);
    }

    private User person(CurrentUser admin, long id) {
        Administration.requireAdmin(admin);
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    private String refused(RedirectAttributes redirect, String key, Locale locale) {
        redirect.addFlashAttribute("adminRefused", messages.getMessage(key, null, locale));
        return "redirect:/organisations";
    }

    private String done(RedirectAttributes redirect, String key, User person, Locale locale) {
        redirect.addFlashAttribute("adminDone", messages.getMessage(key, new Object[] {person.username()}, locale));
        return "redirect:/organisations";
    }
}
