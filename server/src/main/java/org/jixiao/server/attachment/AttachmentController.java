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
        uploadFlashing(DocumentPaths.kind(documents), id, indicator, file, user, redirect);
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

    /** Uploads a file on a document of another kind (a monitoring report, a rectification's answer) from its page. */
    @PostMapping("/attachments")
    String uploadOn(@AuthenticationPrincipal CurrentUser user, @RequestParam String kind, @RequestParam long documentId,
                    @RequestParam(value = "file", required = false) MultipartFile file,
                    @RequestParam(required = false) String indicator, RedirectAttributes redirect) {
        String page = attachments.page(kind, documentId);
        uploadFlashing(kind, documentId, indicator, file, user, redirect);
        return "redirect:" + page + "#attachments";
    }

    /** A file of any document the caller may see, under its original name. */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> downloadAny(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId) {
        Attachment a = attachments.get(attachmentId, user);
        return AttachmentDownloads.download(a, attachments.content(a));
    }

    /** Removes a file of any document while it may be edited, back to the document's page. */
    @PostMapping("/attachments/{attachmentId}/remove")
    String removeAny(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId,
                     RedirectAttributes redirect) {
        Attachment a = attachments.get(attachmentId, user);
        try {
            redirect.addFlashAttribute("attachmentRemoved", attachments.remove(attachmentId, user, false).name());
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages, e));
        }
        return "redirect:" + attachments.page(a.documentKind(), a.documentId()) + "#attachments";
    }

    /** A file finance shows on 公开, of a published table: for anyone, without sign-in. */
    @GetMapping("/public/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> publicDownload(@PathVariable long id, @PathVariable long attachmentId) {
        Attachment a = attachments.getPublic(id, attachmentId);
        return AttachmentDownloads.download(a, attachments.content(a));
    }

    /** Uploads from a page: the stored name, or the refusal in both languages, for the page the redirect shows. */
    private void uploadFlashing(String kind, long documentId, String indicator, MultipartFile file, CurrentUser user,
                                RedirectAttributes redirect) {
        try {
            Integer row = indicator == null || indicator.isBlank() ? null : Integer.valueOf(indicator.strip());
            Attachment a = attachments.upload(kind, documentId, row, AttachmentDownloads.read(file), user, false);
            redirect.addFlashAttribute("attachmentDone", a.name());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages,
                    new AttachmentRefusedException(400, "typeMismatch.java.lang.Integer")));
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute("attachmentError", AttachmentErrors.bilingual(messages, e));
        }
    }

    private Attachment ofDocument(String documents, long id, long attachmentId, CurrentUser user) {
        Attachment a = attachments.get(attachmentId, user);
        if (!a.documentKind().equals(DocumentPaths.kind(documents)) || a.documentId() != id) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return a;
    }
}
