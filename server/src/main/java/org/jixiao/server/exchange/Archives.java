package org.jixiao.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jixiao.office.TableFiles;
import org.jixiao.server.common.Download;

/**
 * Opens the .zip files of a batch into their entries. A workbook is a zip too: one holding [Content_Types].xml is
 * left whole. An archive beyond the caps (entries, unpacked size, compression ratio) is refused whole.
 */
final class Archives {
    /** The files of a batch after unpacking, and the archives refused with why. */
    record Unpacked(List<Upload> files, List<ImportReport.File> refused) {
    }

    private final Batch batch;
    private final Notes notes;
    private long unpacked;

    Archives(Batch batch, Notes notes) {
        this.batch = batch;
        this.notes = notes;
    }

    Unpacked unpack() {
        List<Upload> files = new ArrayList<>();
        List<ImportReport.File> refused = new ArrayList<>();
        for (Upload u : batch.uploads()) {
            if (!isArchive(u.path())) {
                files.add(u);
                continue;
            }
            List<Upload> entries = new ArrayList<>();
            String why = entries(u, files.size(), entries);
            if (why == null) {
                files.addAll(entries);
            } else {
                entries.forEach(batch::delete);
                refused.add(ImportReport.File.failed(u.name(), List.of(notes.of(0, why, ImportLimits.MAX_FILES,
                        ImportLimits.megabytes(ImportLimits.MAX_UNPACKED_BYTES), ImportLimits.MAX_RATIO))));
            }
            batch.delete(u);
        }
        if (files.size() > ImportLimits.MAX_FILES) {
            files.subList(ImportLimits.MAX_FILES, files.size()).forEach(batch::delete);
            refused.add(ImportReport.File.failed("…", List.of(notes.of(0, "import.tooManyFiles", ImportLimits.MAX_FILES))));
            return new Unpacked(List.copyOf(files.subList(0, ImportLimits.MAX_FILES)), refused);
        }
        return new Unpacked(files, refused);
    }

    /** A zip that is not a workbook. Anything unreadable as a zip is left to {@link TableFiles} to refuse. */
    static boolean isArchive(Path file) {
        try {
            if (TableFiles.kind(file) != TableFiles.Kind.XLSX) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try (ZipFile zip = new ZipFile(file.toFile(), cs)) {
                return zip.getEntry("[Content_Types].xml") == null;
            } catch (IOException | IllegalArgumentException e) {
                // names not in this charset: try the next
            }
        }
        return false;
    }

    /**
     * Unpacks the archive's files into {@code out}; returns the message key of why it was refused, or null.
     * Names from Windows archives are GB18030 without the UTF-8 flag, hence the second try.
     */
    private String entries(Upload archive, int before, List<Upload> out) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            out.forEach(batch::delete);
            out.clear();
            try (ZipFile zip = new ZipFile(archive.path().toFile(), cs)) {
                return entries(archive, zip, before, out);
            } catch (ZipException | IllegalArgumentException e) {
                // try the next charset
            } catch (IOException e) {
                return "import.badArchive";
            }
        }
        return "import.badArchive";
    }

    private String entries(Upload archive, ZipFile zip, int before, List<Upload> out) throws IOException {
        long start = unpacked;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = entryName(e.getName());
            if (e.isDirectory() || name == null) {
                continue;
            }
            if (before + out.size() >= ImportLimits.MAX_FILES) {
                unpacked = start;
                return "import.tooManyFiles";
            }
            long compressed = Math.max(e.getCompressedSize(), 1);
            long cap = Math.min(TableFiles.MAX_BYTES, Math.min(ImportLimits.MAX_UNPACKED_BYTES - unpacked,
                    Math.max(ImportLimits.RATIO_FREE_BYTES, compressed * ImportLimits.MAX_RATIO)));
            Upload u;
            try (InputStream in = zip.getInputStream(e)) {
                u = batch.copy(archive.name() + "/" + name, in, cap);
            }
            if (u == null) {
                unpacked = start;
                return "import.zipBomb";
            }
            unpacked += java.nio.file.Files.size(u.path());
            out.add(u);
        }
        return null;
    }

    /**
     * The entry's name for the report, or null for what is no file of the user's: macOS resource forks, hidden
     * files. The name is only shown; a path such as ../../etc/passwd never reaches the file system.
     */
    static String entryName(String raw) {
        String n = raw.replace('\\', '/');
        if (n.startsWith("__MACOSX/") || n.contains("/__MACOSX/")) {
            return null;
        }
        String base = n.substring(n.lastIndexOf('/') + 1);
        if (base.isEmpty() || base.startsWith(".")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : n.split("/")) {
            if (!p.isEmpty() && !p.equals(".") && !p.equals("..")) {
                parts.add(Download.safeName(p));
            }
        }
        return String.join("/", parts);
    }
}
