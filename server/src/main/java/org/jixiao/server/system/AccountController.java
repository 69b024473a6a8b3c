package org.jixiao.server.system;

import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's API tokens. */
@Controller
class AccountController {
    private final ApiTokens tokens;

    AccountController(ApiTokens tokens) {
        this.tokens = tokens;
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

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user.id(), id);
        return "redirect:/account";
    }
}
