package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.scoring.Schemes;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that scores tables takes: scheme files, the output form and language, and the files. */
final class TablesOptions {

    @Option(names = "--scheme-file", paramLabel = "FILE", description = "A scheme file (JSON) to add to the built-in schemes; it joins the candidates of its layouts.")
    List<Path> schemeFiles = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    boolean json;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of explanations and messages (default: zh).")
    String lang = "zh";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Published tables as text, .xlsx or .pdf (read by content), or folders of them (their .txt, .tsv, .csv, .htm, .html, .xlsx and .pdf files, sub-folders included).")
    List<Path> paths;

    Schemes schemes() {
        return schemeFiles.isEmpty() ? Schemes.builtIn() : Schemes.withFiles(schemeFiles);
    }

    Locale locale() {
        return Locale.forLanguageTag(lang);
    }
}
