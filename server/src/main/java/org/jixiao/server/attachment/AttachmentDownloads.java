package org.jixiao.server.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** The answer that downloads a file, and an upload read within the limit — shared by the API and the pages. */
final class AttachmentDownloads {
    private AttachmentDownloads() {
    }

    /**
     * The bytes as a download under the original name (RFC 6266, UTF-8), of the type the content was recognised as;
     * never rendered by the browser as a page of this site (a sandbox policy, no sniffing).
     */
    static ResponseEntity<byte[]> download(Attachment a, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(a.name(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** The upload's bytes, refused by its size before they are read when it is over the limit of a file. */
    static Attachments.Upload read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new AttachmentRefusedException(400, "attachment.empty");
        }
        if (file.getSize() > Attachments.MAX_FILE_BYTES) {
            throw new AttachmentRefusedException(413, "attachment.tooLarge", Attachments.megabytes(Attachments.MAX_FILE_BYTES));
        }
        try {
            return new Attachments.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new AttachmentRefusedException(400, "attachment.unreadable");
        }
    }
}
