package org.jixiao.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.pdf.PdfTableReader;
import org.jixiao.office.xlsx.WorkbookReader;

/**
 * Reads official tables from any file jixiao knows — published text, an .xlsx workbook, a PDF — recognised by its
 * first bytes, never by its name. Refuses, with a message naming the file, what is too large, encrypted or no table.
 * Thread-safe.
 */
public final class TableFiles {
    /** No disclosure, workbook or PDF of tables is this large; a larger upload is refused before it is opened. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What a file's first bytes say it is. */
    public enum Kind { TEXT, XLSX, PDF, OLE2 }

    private final DisclosureReader text = new DisclosureReader();
    private final WorkbookReader workbooks = new WorkbookReader();
    private final PdfTableReader pdfs = new PdfTableReader();

    public ReadResult read(Path file) throws IOException {
        String source = file.toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            long mb = size / (1024 * 1024);
            return Refusal.because(source, "refused.too_large", mb, MAX_BYTES / (1024 * 1024));
        }
        return switch (kind(file)) {
            case XLSX -> workbooks.read(file);
            case PDF -> pdfs.read(file);
            case OLE2 -> oldOfficeFile(file);
            case TEXT -> text.read(file);
        };
    }

    /** The kind of file by its magic bytes: PK♥♦ a zip (an .xlsx), %PDF, D0CF11E0 an OLE2 container. */
    public static Kind kind(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Kind.PDF;
        }
        if (n >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
            return Kind.OLE2;
        }
        return Kind.TEXT;
    }

    /** An encrypted .xlsx is an OLE2 container holding EncryptionInfo; any other OLE2 file is a legacy .xls or .doc. */
    private static ReadResult oldOfficeFile(Path file) {
        String source = file.toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return Refusal.because(source, "refused.encrypted");
            }
        } catch (IOException | RuntimeException e) {
            return Refusal.because(source, "refused.office_unreadable");
        }
        return Refusal.because(source, "refused.legacy_office");
    }
}
