package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files named on the command line, and which of a folder's files are published tables. A file named on the
 * command line is always read, as what its content is — published text, an .xlsx workbook or a PDF — by
 * {@link org.jixiao.office.TableFiles} (the reader says when it is not a table); a folder stands for the files in it
 * and its sub-folders, in name order, whose kind the command reads — so a folder of disclosures may also hold notes,
 * scans and data files.
 */
final class Inputs {
    /**
     * What a folder's published tables are called: extracted text, spreadsheets saved as text, saved web pages,
     * workbooks and PDFs. The name only picks a folder's candidates; how a file is read depends on its content.
     */
    private static final Set<String> TABLE_ENDINGS = Set.of("txt", "text", "tsv", "csv", "htm", "html", "xlsx", "pdf");

    private Inputs() {
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Inputs::isPublishedTable).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(p); // the reader then reports it, naming the folder
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isPublishedTable(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && TABLE_ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
