package org.jixiao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.cli.report.Assessor;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.TableFiles;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.evaluation.Header;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.table.DeclarationForm;
import org.jixiao.office.xlsx.DeclarationWorkbook;
import org.jixiao.office.xlsx.WorkbookExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao export}: published tables (text, workbooks, PDFs) out as official .xlsx or .pdf tables. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the tables of each file as the official form: an .xlsx workbook (a summary sheet, then a sheet "
                + "per table) or a PDF (one table per page), one output per input file, or one for all with --one-workbook.",
                "把每个文件中的自评表按官方表样导出为 .xlsx 工作簿（汇总表加每表一个工作表）或 PDF（每页一表）。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was exported", "1:some file could not be read (nothing written for it)", "2:wrong usage"})
final class ExportCommand implements Callable<Integer> {

    enum Format { XLSX, PDF }

    @Option(names = "--format", required = true, paramLabel = "xlsx|pdf", description = "What to write.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write to (default: the current folder).")
    Path out = Path.of(".");

    @Option(names = "--one-workbook", description = "All tables of all files in one output, jixiao-tables.xlsx or .pdf.")
    boolean one;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files of published tables (text, .xlsx, .pdf), or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Files.createDirectories(out);
        TableFiles files = new TableFiles();
        int status = 0;
        List<SelfEvaluation> all = new ArrayList<>();
        for (Path p : Inputs.expand(paths)) {
            ReadResult read = Assessor.read(files, p);
            if (read.tables().isEmpty()) {
                read.allProblems().forEach(problem -> err.println(problem));
                status = 1;
                continue;
            }
            read.allProblems().forEach(problem -> err.println(problem + " (" + CliMessages.MESSAGES.both("export.partly") + ")"));
            List<SelfEvaluation> tables = read.tables().stream().map(ReadTable::evaluation).toList();
            if (one) {
                all.addAll(tables);
            } else {
                stdout.println(write(tables, stem(p)));
            }
        }
        if (one && !all.isEmpty()) {
            stdout.println(write(all, "jixiao-tables"));
        }
        return status;
    }

    /** What this run has written: two inputs of one name (2022/a.txt, 2023/a.txt) get a-2.xlsx, not one file. */
    private final Set<Path> written = new HashSet<>();

    private Path write(List<SelfEvaluation> tables, String stem) throws IOException {
        String ending = "." + format.name().toLowerCase();
        Path target = out.resolve(stem + ending);
        for (int n = 2; !written.add(target); n++) {
            target = out.resolve(stem + "-" + n + ending);
        }
        try (OutputStream os = Files.newOutputStream(target)) {
            if (allDeclarations(tables)) {
                writeDeclarations(tables.stream().map(Declaration::ofPrintedTable).toList(), os);
            } else if (format == Format.XLSX) {
                new WorkbookExporter().write(tables, os);
            } else {
                new PdfExporter().write(tables, os);
            }
        }
        return target;
    }

    /** Goal declarations print as the 绩效目标申报表, not as a self-evaluation; a file mixing the two prints as the latter. */
    private static boolean allDeclarations(List<SelfEvaluation> tables) {
        return tables.stream().allMatch(t -> t.header().kind() == Header.Kind.DECLARATION);
    }

    private void writeDeclarations(List<Declaration> declarations, OutputStream os) throws IOException {
        if (format == Format.XLSX) {
            new DeclarationWorkbook().write(declarations, os);
        } else {
            new PdfExporter().writeTables(declarations.stream().map(DeclarationForm::of).toList(), os);
        }
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
