package org.jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.cli.report.Assessor;
import org.jixiao.cli.report.FileReport;
import org.jixiao.cli.report.JsonReport;
import org.jixiao.cli.report.TextReport;

/** Assesses the files and prints them as text or one JSON document; shared by score and audit. */
final class Reports {
    private Reports() {
    }

    static List<FileReport> assess(Assessor assessor, List<Path> paths) {
        List<FileReport> reports = new ArrayList<>();
        for (Path p : Inputs.expand(paths)) {
            reports.add(assessor.assess(p));
        }
        return reports;
    }

    static int run(Assessor assessor, List<Path> paths, boolean json, String lang) {
        List<FileReport> reports = assess(assessor, paths);
        Locale locale = Locale.forLanguageTag(lang);
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        if (json) {
            new JsonReport(locale).write(reports, out);
            out.println();
        } else {
            new TextReport(locale).write(reports, out);
        }
        out.flush();
        return exitStatus(reports);
    }

    static int exitStatus(List<FileReport> reports) {
        for (FileReport r : reports) {
            if (!r.isRead()) {
                return 1;
            }
        }
        return 0;
    }
}
