package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code jixiao} launcher runs once, under {@code -XX:ArchiveClassesAtExit}, to write the command's
 * class-data archive: both exports and the readers of their files, on the given tables, so the archive holds the
 * classes of every export and not only of whichever command a user happened to run first (BENCHMARKS.md).
 * {@code Rehearsal DIR PATH...}: writes into DIR, prints nothing.
 */
final class Rehearsal {
    private Rehearsal() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> inputs = List.of(args).subList(1, args.length);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            List<String> exported = new ArrayList<>();
            for (String format : List.of("xlsx", "pdf")) {
                Path target = Files.createDirectories(dir.resolve(format));
                List<String> export = new ArrayList<>(List.of("export", "--format", format, "--one-workbook", "-o", target.toString()));
                export.addAll(inputs);
                Main.run(export.toArray(String[]::new));
                exported.add(target.resolve("jixiao-tables." + format).toString());
            }
            List<String> score = new ArrayList<>(List.of("score"));
            score.addAll(inputs);
            score.addAll(exported);
            Main.run(score.toArray(String[]::new));
        } finally {
            System.setOut(out);
        }
    }
}
