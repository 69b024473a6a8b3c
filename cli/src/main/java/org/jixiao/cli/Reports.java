package org.jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jixiao.cli.report.Assessor;
import org.jixiao.cli.report.FileReport;
import org.jixiao.cli.report.FilesDocument;
import org.jixiao.cli.report.JsonReport;
import org.jixiao.cli.report.TextReport;

/** Prints the assessed files as text or as one JSON document, each file as soon as it is assessed. */
final class Reports {
    private Reports() {
    }

    static int run(Assessor assessor, List<Path> paths, boolean json, Locale locale) {
        PrintStream out = stdout();
        boolean allRead;
        if (json) {
            try (FilesDocument<FileReport> doc = new JsonReport(locale).open(out)) {
                allRead = InOrder.assess(assessor, Inputs.expand(paths), doc::file);
            }
            out.println();
        } else {
            TextReport text = new TextReport(locale);
            allRead = InOrder.assess(assessor, Inputs.expand(paths), f -> text.file(f, out));
        }
        out.flush();
        return exitStatus(allRead);
    }

    /** 0 when every file was read whole, 1 when any could not be (its errors say where). */
    static int exitStatus(boolean allRead) {
        return allRead ? 0 : 1;
    }

    /** UTF-8 whatever the platform's default, buffered; System.out is looked up each time so tests can capture it. */
    static PrintStream stdout() {
        return new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    }
}
