package org.jixiao.server.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料 of any document kind: upload, list, download, remove, show on 公开. Every call opens the document through its
 * {@link AttachableDocuments} first, so a file is found exactly where its document is; the limits (20 MB a file,
 * 100 MB a document) and the type told by content ({@link EvidenceType}) are checked before anything is stored.
 */
@Service
public class Attachments {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_DOCUMENT_BYTES = 100L * 1024 * 1024;
    static final int MAX_NAME = 255;

    private final AttachmentRepository repository;
    private final Map<String, AttachableDocuments> kinds;

    Attachments(AttachmentRepository repository, List<AttachableDocuments> kinds) {
        this.repository = repository;
        this.kinds = kinds.stream().collect(Collectors.toMap(AttachableDocuments::kind, Function.identity()));
    }

    /** The file's bytes and its original name as the browser or script sent it. */
    public record Upload(String originalName, byte[] content) {
    }

    @Transactional
    public Attachment upload(String kind, long documentId, Integer indicator, Upload file, CurrentUser user, boolean api) {
        AttachableDocuments documents = documents(kind);
        AttachableDocuments.Document document = documents.open(documentId, user);
        if (!document.mayUpload()) {
            throw new AttachmentRefusedException(409, "attachment.notNow");
        }
        if (indicator != null && (indicator < 0 || indicator >= document.indicators())) {
            throw new AttachmentRefusedException(400, "validation.rowIndex", "indicator", Math.max(0, document.indicators() - 1));
        }
        byte[] content = file.content();
        if (content.length > MAX_FILE_BYTES) {
            throw new AttachmentRefusedException(413, "attachment.tooLarge", megabytes(MAX_FILE_BYTES));
        }
        long taken = repository.totalSize(kind, documentId);
        if (taken + content.length > MAX_DOCUMENT_BYTES) {
            throw new AttachmentRefusedException(413, "attachment.documentFull", megabytes(MAX_DOCUMENT_BYTES),
                    megabytes(MAX_DOCUMENT_BYTES - taken));
        }
        EvidenceType type;
        try {
            type = EvidenceType.of(content);
        } catch (EvidenceType.Refused e) {
            throw new AttachmentRefusedException(415, e.messageKey());
        }
        String name = nameOf(file.originalName(), type);
        long id = repository.insert(kind, documentId, indicator == null ? null : document.rowKeys().get(indicator), name, type,
                content, sha256(content), user.id(), user.displayName());
        documents.recordChange(documentId, indicator, null, name, user, api);
        return repository.find(id).orElseThrow().placedBy(document.rowKeys());
    }

    /** The document's files, each placed on its row as the rows now stand. */
    public List<Attachment> of(String kind, long documentId, CurrentUser user) {
        List<Integer> rowKeys = documents(kind).open(documentId, user).rowKeys();
        return repository.of(kind, documentId).stream().map(a -> a.placedBy(rowKeys)).toList();
    }

    /** The attachment, if the caller may see its document; not found otherwise. */
    public Attachment get(long attachmentId, CurrentUser user) {
        Attachment a = repository.find(attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        AttachableDocuments documents = kinds.get(a.documentKind());
        if (documents == null) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return a.placedBy(documents.open(a.documentId(), user).rowKeys());
    }

    public byte[] content(Attachment a) {
        return repository.content(a.id());
    }

    /** A file finance shows on 公开, of a published document, for anyone; not found otherwise. */
    public Attachment getPublic(long documentId, long attachmentId) {
        Attachment a = repository.find(attachmentId).filter(Attachment::isPublic).filter(x -> x.documentId() == documentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        AttachableDocuments documents = kinds.get(a.documentKind());
        if (documents == null || !documents.isPublished(documentId)) {
            throw new NotFoundException("attachment " + attachmentId);
        }
        return a;
    }

    /** The files finance shows on 公开 of a published document. */
    public List<Attachment> publicOf(String kind, long documentId) {
        return repository.of(kind, documentId).stream().filter(Attachment::isPublic).toList();
    }

    /** The files finance shows on 公开 of a published self-evaluation (the caller has found it published). */
    public List<Attachment> publicOfEvaluation(long evaluationId) {
        return publicOf(EvaluationDocuments.KIND, evaluationId);
    }

    @Transactional
    public Attachment remove(long attachmentId, CurrentUser user, boolean api) {
        Attachment a = get(attachmentId, user);
        AttachableDocuments documents = kinds.get(a.documentKind());
        if (!documents.open(a.documentId(), user).mayRemove()) {
            throw new AttachmentRefusedException(409, "attachment.notRemovable");
        }
        repository.delete(a.id());
        documents.recordChange(a.documentId(), a.indicator(), a.name(), null, user, api);
        return a;
    }

    @Transactional
    public void markPublic(long attachmentId, boolean shown, CurrentUser user) {
        Attachment a = get(attachmentId, user);
        if (!kinds.get(a.documentKind()).open(a.documentId(), user).mayMarkPublic()) {
            throw new ForbiddenException("attachment.notFinance");
        }
        repository.markPublic(a.id(), shown);
    }

    /** What the caller may do with the document's files now; not found outside their scope. */
    public AttachableDocuments.Document document(String kind, long documentId, CurrentUser user) {
        return documents(kind).open(documentId, user);
    }

    /** The page of a document of this kind (the redirect after an upload or a removal there). */
    public String page(String kind, long documentId) {
        return documents(kind).page(documentId);
    }

    private AttachableDocuments documents(String kind) {
        AttachableDocuments d = kinds.get(kind);
        if (d == null) {
            throw new NotFoundException("document kind " + kind);
        }
        return d;
    }

    /**
     * The original name as text: whatever folders the browser or script put before it dropped, characters no file
     * name holds replaced, at most 255 characters; a file sent without a name is called by its type.
     */
    static String nameOf(String original, EvidenceType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> {
            boolean unsafe = c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || "<>:\"|?*".indexOf(c) >= 0
                    || Character.getType(c) == Character.FORMAT;
            b.appendCodePoint(unsafe ? '_' : c);
        });
        name = b.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment." + type.extension();
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
