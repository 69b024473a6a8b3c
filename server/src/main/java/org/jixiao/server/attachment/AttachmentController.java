package org.jixiao.server.attachment;

import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 佐证材料 on a document's page (a self-evaluation, a declaration, an adjustment): upload on the whole document or on
 * an indicator row, download, remove, and — for finance — show on 公开 with the published table; and the public
 * download of a file so shown.
 */
@Controller
class AttachmentController {
    private final Attachments attachments;
    private final MessageSource messages;

    AttachmentController(Attachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping(DocumentPaths.FILES)
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents, @PathVariable long id,
                  @RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String indicator, RedirectAttributes redirect) {
        try {
            Integer row = indicator == null || indicator.isBlank() ? null : Integer.valueOf(indicator.strip());
            Attachment a = attachments.upload(DocumentPaths.kind(documents), id, row, AttachmentDownloads.read(file), user, false);
            redirect.addFlashAttribute("attachmentDone", a.name());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages,
                    new AttachmentRefusedException(400, "typeMismatch.java.lang.Integer")));
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages, e));
        }
        return DocumentPaths.back(documents, id);
    }

    @GetMapping(DocumentPaths.FILES + "/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents,
                                    @PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = ofDocument(documents, id, attachmentId, user);
        return AttachmentDownloads.download(a, attachments.content(a));
    }

    @PostMapping(DocumentPaths.FILES + "/{attachmentId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents, @PathVariable long id,
                  @PathVariable long attachmentId, RedirectAttributes redirect) {
        ofDocument(documents, id, attachmentId, user);
        try {
            redirect.addFlashAttribute("attachmentRemoved", attachments.remove(attachmentId, user, false).name());
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages, e));
        }
        return DocumentPaths.back(documents, id);
    }

    @PostMapping(DocumentPaths.FILES + "/{attachmentId}/public")
    String markPublic(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents, @PathVariable long id,
                      @PathVariable long attachmentId, @RequestParam(defaultValue = "false") boolean shown,
                      RedirectAttributes redirect) {
        ofDocument(documents, id, attachmentId, user);
        try {
            attachments.markPublic(attachmentId, shown, user);
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("attachmentError", messages.getMessage(e.messageKey(), null, e.getLocalizedMessage(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return DocumentPaths.back(documents, id);
    }

    /** A file finance shows on 公开, of a published table: for anyone, without sign-in. */
    @GetMapping("/public/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> publicDownload(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = attachments.getPublic(id, attachmentId);
        return AttachmentDownloads.download(a, attachments.content(a));
    }

    private Attachment ofDocument(String documents, long id, long attachmentId, CurrentUser user) {
        Attachment a = attachments.get(attachmentId, user);
        if (!a.documentKind().equals(DocumentPaths.kind(documents)) || a.documentId() != id) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return a;
    }
}
