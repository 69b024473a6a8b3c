package org.jixiao.server.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作台, every role's home page: 待办 from every {@link ToDoSource}, 已办, the unread messages, and for reviewers and
 * finance the progress of their scope with 催报. And the messages page.
 */
@Controller
class WorkbenchController {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private final List<ToDoSource> sources;
    private final ScopeProgress progress;
    private final Inbox inbox;

    WorkbenchController(List<ToDoSource> sources, ScopeProgress progress, Inbox inbox) {
        this.sources = sources;
        this.progress = progress;
        this.inbox = inbox;
    }

    @GetMapping("/workbench")
    String workbench(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        List<ToDoSource.ToDo> toDos = new ArrayList<>();
        List<ToDoSource.Done> done = new ArrayList<>();
        for (ToDoSource s : sources) {
            toDos.addAll(s.toDos(user));
            done.addAll(s.done(user, 10));
        }
        done.sort((a, b) -> b.at().compareTo(a.at()));
        model.addAttribute("toDos", toDos);
        model.addAttribute("done", done.subList(0, Math.min(10, done.size())));
        model.addAttribute("messages", inbox.of(user, 5).stream().filter(Message::isUnread).toList());
        model.addAttribute("today", LocalDate.now());
        if (ScopeProgress.follows(user)) {
            int y = year == null || year < MIN_YEAR || year > MAX_YEAR ? progress.defaultYear(user) : year;
            model.addAttribute("progress", progress.of(user, y));
        }
        return "workbench";
    }

    /** 催报 one organisation ({@code organisationId}) or every one not yet submitted ({@code all}). */
    @PostMapping("/workbench/remind")
    String remind(@AuthenticationPrincipal CurrentUser user, @RequestParam int year,
                  @RequestParam(required = false) Long organisationId, @RequestParam(defaultValue = "false") boolean all,
                  RedirectAttributes redirect) {
        int y = Math.max(MIN_YEAR, Math.min(MAX_YEAR, year));
        List<Long> ids = new ArrayList<>();
        if (organisationId != null) {
            ids.add(organisationId);
        } else if (all) {
            progress.of(user, y).rows().stream().filter(Progress.Row::waitingForSubmission)
                    .forEach(r -> ids.add(r.organisationId()));
        }
        int people = progress.remind(user, y, ids);
        redirect.addFlashAttribute("reminded", List.of(ids.size(), people));
        return "redirect:/workbench?year=" + y + "#progress";
    }

    @GetMapping("/messages")
    String messages(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("messages", inbox.of(user, 200));
        return "messages";
    }

    /** Opens a message: marked read, on to what it is about. Someone else's message is not found. */
    @PostMapping("/messages/{id}/open")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return "redirect:" + inbox.open(id, user).map(Message::link).orElse("/messages");
    }

    @PostMapping("/messages/read")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        inbox.markAllRead(user);
        return "redirect:/messages";
    }
}
