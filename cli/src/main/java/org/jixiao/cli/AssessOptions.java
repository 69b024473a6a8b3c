package org.jixiao.cli;

import java.util.Locale;
import org.jixiao.core.scoring.Schemes;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code score} and {@code audit} both take: one scheme to override the tables' evidence, and the tables. */
final class AssessOptions {

    @Option(names = "--scheme", paramLabel = "ID", description = "Score every table under this scheme instead of the one its evidence names (national-2020, suzhou-2023, mof-legacy, exec20, sichuan-integrated-2023, department-common, or one from --scheme-file).")
    String scheme;

    @Mixin
    TablesOptions tables;

    Schemes schemes() {
        return tables.schemes();
    }

    Locale locale() {
        return tables.locale();
    }
}
