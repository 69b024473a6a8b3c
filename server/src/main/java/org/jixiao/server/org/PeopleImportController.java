package org.jixiao.server.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织机构 → 批量导入: the blank workbook, and a filled one read into organisations and people, all or nothing. */
@Controller
class PeopleImportController {
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PeopleImport importer;
    private final MessageSource messages;

    PeopleImportController(PeopleImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/organisations/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) throws IOException {
        Administration.requireAdmin(user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PeopleWorkbook(messages).writeTemplate(out);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("组织机构和用户导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString()).body(out.toByteArray());
    }

    @PostMapping("/organisations/import")
    String importPeople(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
                        RedirectAttributes redirect, Locale locale) {
        Administration.requireAdmin(user);
        if (file == null || file.isEmpty()) {
            return refused(redirect, messages.getMessage("people.import.noFile", null, locale));
        }
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            return refused(redirect, messages.getMessage("people.import.tooLarge", new Object[] {PeopleImport.MAX_BYTES / (1024 * 1024)}, locale));
        }
        PeopleImport.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = importer.run(in, user);
        } catch (IOException | RuntimeException notAWorkbook) {
            return refused(redirect, messages.getMessage("people.import.notAWorkbook", new Object[] {file.getOriginalFilename()}, locale)
                    + (notAWorkbook instanceof IllegalArgumentException ? "：" + notAWorkbook.getMessage() : ""));
        }
        if (!outcome.problems().isEmpty()) {
            redirect.addFlashAttribute("importProblems", outcome.problems());
            return refused(redirect, messages.getMessage("people.import.refused", new Object[] {outcome.problems().size()}, locale));
        }
        redirect.addFlashAttribute("adminDone", messages.getMessage("people.import.done",
                new Object[] {outcome.organisations(), outcome.people()}, locale));
        return "redirect:/organisations";
    }

    private static String refused(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("adminRefused", message);
        return "redirect:/organisations";
    }

}
