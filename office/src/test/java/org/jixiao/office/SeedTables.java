package org.jixiao.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.Seeds;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadTable;

/** The seven published tables of testdata/seeds, read from their text. */
public final class SeedTables {
    private SeedTables() {
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Seeds.dir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static List<SelfEvaluation> all() throws IOException {
        List<SelfEvaluation> all = new ArrayList<>();
        for (Path f : files()) {
            for (ReadTable t : new DisclosureReader().read(f).tables()) {
                all.add(t.evaluation());
            }
        }
        return all;
    }

    public static SelfEvaluation byProject(String projectStart) throws IOException {
        return all().stream().filter(e -> e.header().project().startsWith(projectStart)).findFirst().orElseThrow();
    }
}
