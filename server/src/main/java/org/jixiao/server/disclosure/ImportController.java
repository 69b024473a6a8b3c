package org.jixiao.server.disclosure;

import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import from published text: paste the disclosure, get one draft per table. */
@Controller
class ImportController {
    private final DisclosureImport importer;

    ImportController(DisclosureImport importer) {
        this.importer = importer;
    }

    @PostMapping("/evaluations/import")
    String importText(@AuthenticationPrincipal CurrentUser user, @RequestParam long organisationId,
                      @RequestParam(required = false) Integer year, @RequestParam String text, RedirectAttributes redirect) {
        if (text.length() > DisclosureImport.MAX_CHARS) {
            redirect.addFlashAttribute("importError", "validation.tooLong");
            return "redirect:/evaluations/new";
        }
        DisclosureImport.Imported result = importer.importText(text, "pasted", organisationId, year, user, AuditSource.IMPORT);
        redirect.addFlashAttribute("importProblems", result.problems());
        if (result.ids().isEmpty()) {
            redirect.addFlashAttribute("importError", result.locked().isEmpty() ? "new.noTables" : "new.allLocked");
            return "redirect:/evaluations/new";
        }
        redirect.addFlashAttribute("imported", result.ids().size());
        return "redirect:/evaluations/" + result.ids().get(0);
    }
}
