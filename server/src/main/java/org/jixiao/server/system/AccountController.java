package org.jixiao.server.system;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jixiao.server.org.Administration;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.User;
import org.jixiao.server.org.UserRepository;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's API tokens and password. */
@Controller
class AccountController {
    private final ApiTokens tokens;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final MessageSource messages;

    AccountController(ApiTokens tokens, UserRepository users, PasswordEncoder encoder, MessageSource messages) {
        this.tokens = tokens;
        this.users = users;
        this.encoder = encoder;
        this.messages = messages;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user.id()));
        return "account";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam @Size(max = 100) String name,
                  RedirectAttributes redirect) {
        String label = name == null || name.isBlank() ? "token" : name.strip();
        redirect.addFlashAttribute("newToken", tokens.issue(user.id(), label.length() > 100 ? label.substring(0, 100) : label));
        return "redirect:/account";
    }

    /** The signed-in person's own new password, given the current one. */
    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String current,
                          @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
                          RedirectAttributes redirect, Locale locale) {
        User me = users.findById(user.id()).orElseThrow();
        String refusal = !encoder.matches(current, me.passwordHash()) ? "account.password.wrongCurrent"
                : !Administration.isAcceptablePassword(password) ? "validation.password"
                : !password.equals(confirm) ? "account.password.mismatch" : null;
        if (refusal != null) {
            redirect.addFlashAttribute("passwordRefused", messages.getMessage(refusal, null, locale));
            return "redirect:/account";
        }
        users.updatePassword(me.id(), encoder.encode(password));
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
        return "redirect:/account";
    }
}
