package org.jixiao.server.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, told by its content, never by its name or by the type its upload claimed: PDF, the usual images,
 * Office documents (Word, Excel, PowerPoint; the OOXML ones and the older binary ones), OFD. Executables and scripts
 * are refused; so are archives (zip, rar, 7z, gzip …) — an attachment is the document itself, and a reviewer must be
 * able to open it. An Office file is a zip: it is read entry by entry, counting what it unpacks to, so a zip bomb
 * dressed as a workbook is refused before it is unpacked; a document with macros is refused.
 */
public record EvidenceType(String contentType, String extension) {
    /** An Office file or OFD may unpack to at most this much, and at most this many times its size. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;

    /** Refused, with the key of the message saying why. */
    public static final class Refused extends Exception {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static EvidenceType of(byte[] content) throws Refused {
        if (content.length == 0) {
            throw new Refused("attachment.empty");
        }
        if (starts(content, "%PDF-")) {
            return new EvidenceType("application/pdf", "pdf");
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new EvidenceType("image/png", "png");
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return new EvidenceType("image/jpeg", "jpg");
        }
        if (starts(content, "GIF87a") || starts(content, "GIF89a")) {
            return new EvidenceType("image/gif", "gif");
        }
        if (starts(content, "RIFF") && content.length >= 12 && new String(content, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return new EvidenceType("image/webp", "webp");
        }
        if (starts(content, 'I', 'I', 0x2A, 0x00) || starts(content, 'M', 'M', 0x00, 0x2A)) {
            return new EvidenceType("image/tiff", "tif");
        }
        if (isExecutable(content)) {
            throw new Refused("attachment.executable");
        }
        if (starts(content, 'P', 'K', 0x03, 0x04)) {
            return zipped(content);
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return compound(content);
        }
        if (starts(content, "Rar!") || starts(content, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C) || starts(content, 0x1F, 0x8B)
                || starts(content, "BZh") || starts(content, 0xFD, '7', 'z', 'X', 'Z', 0x00) || starts(content, 'P', 'K', 0x05, 0x06)) {
            throw new Refused("attachment.archive");
        }
        throw new Refused("attachment.type");
    }

    /** Windows (MZ), Linux (ELF), macOS (Mach-O, fat) binaries, Java classes, and scripts (#!). */
    static boolean isExecutable(byte[] c) {
        return starts(c, 'M', 'Z') || starts(c, 0x7F, 'E', 'L', 'F') || starts(c, 0xFE, 0xED, 0xFA, 0xCE)
                || starts(c, 0xFE, 0xED, 0xFA, 0xCF) || starts(c, 0xCE, 0xFA, 0xED, 0xFE) || starts(c, 0xCF, 0xFA, 0xED, 0xFE)
                || starts(c, 0xCA, 0xFE, 0xBA, 0xBE) || starts(c, "#!");
    }

    /** docx / xlsx / pptx, or OFD; any other zip is an archive. Unpacked as a stream, counting, never to disk. */
    private static EvidenceType zipped(byte[] content) throws Refused {
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw new Refused("attachment.bomb");
                }
                names.add(entry.getName());
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED || unpacked > (long) MAX_RATIO * content.length) {
                        throw new Refused("attachment.bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("attachment.unreadable");
        }
        if (names.contains("OFD.xml")) {
            return new EvidenceType("application/ofd", "ofd");
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new Refused("attachment.archive");
        }
        if (names.stream().anyMatch(n -> n.toLowerCase().endsWith("vbaproject.bin"))) {
            throw new Refused("attachment.macros");
        }
        if (names.contains("word/document.xml")) {
            return new EvidenceType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
        }
        if (names.contains("xl/workbook.xml")) {
            return new EvidenceType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        }
        if (names.contains("ppt/presentation.xml")) {
            return new EvidenceType("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
        }
        throw new Refused("attachment.type");
    }

    /** The older binary Office files (OLE2 compound documents): told apart by their streams; an installer is not one. */
    private static EvidenceType compound(byte[] content) throws Refused {
        try (InputStream in = new ByteArrayInputStream(content); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            var root = fs.getRoot();
            if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("VBA")) {
                throw new Refused("attachment.macros");
            }
            if (root.hasEntry("WordDocument")) {
                return new EvidenceType("application/msword", "doc");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new EvidenceType("application/vnd.ms-excel", "xls");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return new EvidenceType("application/vnd.ms-powerpoint", "ppt");
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("attachment.unreadable");
        }
        throw new Refused("attachment.type");
    }

    private static boolean starts(byte[] c, String prefix) {
        return starts(c, prefix.chars().toArray());
    }

    private static boolean starts(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
