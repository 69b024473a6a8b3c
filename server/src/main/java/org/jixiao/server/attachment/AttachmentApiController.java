package org.jixiao.server.attachment;

import java.util.List;
import org.jixiao.server.org.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 佐证材料 through the API. A table outside the caller's scope, and any file of it, is not found (404), as the table
 * itself is. A file over 20 MB, beyond the table's 100 MB, of a type not accepted (executables, archives, a zip bomb)
 * is refused with the reason in Chinese and English, and nothing is stored.
 */
@RestController
class AttachmentApiController {
    /** Whether finance shows the file on 公开. */
    record Shown(boolean shown) {
    }

    private final Attachments attachments;

    AttachmentApiController(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Uploads one file (multipart part {@code file}), on the whole table or on indicator row {@code indicator} (0-based). */
    @PostMapping("/api" + DocumentPaths.FILES)
    AttachmentJson upload(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents, @PathVariable long id,
                          @RequestPart(value = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) Integer indicator) {
        return AttachmentJson.of(attachments.upload(DocumentPaths.kind(documents), id, indicator, AttachmentDownloads.read(file),
                user, true));
    }

    @GetMapping("/api" + DocumentPaths.FILES)
    List<AttachmentJson> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String documents,
                              @PathVariable long id) {
        return attachments.of(DocumentPaths.kind(documents), id, user).stream().map(AttachmentJson::of).toList();
    }

    /** Uploads one file on a monitoring report (on the report or on indicator row {@code indicator}). */
    @PostMapping("/api/monitoring-reports/{id}/attachments")
    AttachmentJson uploadOnReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestPart(value = "file", required = false) MultipartFile file,
                                  @RequestParam(required = false) Integer indicator) {
        return AttachmentJson.of(attachments.upload(AttachableDocuments.MONITORING_REPORT, id, indicator,
                AttachmentDownloads.read(file), user, true));
    }

    @GetMapping("/api/monitoring-reports/{id}/attachments")
    List<AttachmentJson> ofReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return attachments.of(AttachableDocuments.MONITORING_REPORT, id, user).stream().map(AttachmentJson::of).toList();
    }

    /** Uploads one file with the unit's answer to a rectification notice. */
    @PostMapping("/api/rectifications/{id}/attachments")
    AttachmentJson uploadOnRectification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                         @RequestPart(value = "file", required = false) MultipartFile file) {
        return AttachmentJson.of(attachments.upload(AttachableDocuments.RECTIFICATION, id, null,
                AttachmentDownloads.read(file), user, true));
    }

    @GetMapping("/api/rectifications/{id}/attachments")
    List<AttachmentJson> ofRectification(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return attachments.of(AttachableDocuments.RECTIFICATION, id, user).stream().map(AttachmentJson::of).toList();
    }

    /** The file's bytes under its original name. */
    @GetMapping("/api/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId) {
        Attachment a = attachments.get(attachmentId, user);
        return AttachmentDownloads.download(a, attachments.content(a));
    }

    /** Removes a file while its table may be edited. */
    @DeleteMapping("/api/attachments/{attachmentId}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId) {
        attachments.remove(attachmentId, user, true);
        return ResponseEntity.noContent().build();
    }

    /** Finance shows a file on 公开 with its published table ({@code {"shown": true}}) or takes it off. */
    @PutMapping("/api/attachments/{attachmentId}/public")
    AttachmentJson markPublic(@AuthenticationPrincipal CurrentUser user, @PathVariable long attachmentId,
                              @RequestBody Shown shown) {
        attachments.markPublic(attachmentId, shown.shown(), user);
        return AttachmentJson.of(attachments.get(attachmentId, user));
    }
}
