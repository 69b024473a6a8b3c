package org.jixiao.server.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the front door. */
@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The front door is the 工作台; the list of tables stays at /evaluations. */
    @GetMapping("/")
    String home() {
        return "redirect:/workbench";
    }
}
