package org.jixiao.office.xlsx;

import static org.jixiao.office.OfficeMessages.MESSAGES;

import org.jixiao.office.QuietLibraries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.Refusal;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx of official tables — one jixiao wrote, or a filled template — sheet by sheet, streamed: each
 * sheet's rows become lines of text read by the same {@link DisclosureReader} as published tables, so row N of the
 * sheet is line N of its problems. The summary and instructions sheets are skipped. A workbook with anything that
 * cannot be read is refused whole, each problem named by sheet and row.
 */
public final class WorkbookReader {
    /** Uncompressed size of one part of the package; an official table's sheet is a few hundred kilobytes. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        QuietLibraries.apply();
        // A part that inflates more than 100-fold is a zip bomb, however small the file.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final DisclosureReader reader = new DisclosureReader();

    public ReadResult read(Path file) {
        String source = file.toString();
        List<ReadTable> tables = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadResult refused = eachSheet(file, (sheet, rows) -> {
            if (!isSkipped(sheet, rows)) {
                readSheet(source, sheet, rows, tables, problems);
            }
        });
        if (refused != null) {
            return refused;
        }
        if (!problems.isEmpty()) {
            return Refusal.of(source, problems);
        }
        if (tables.isEmpty()) {
            return Refusal.because(source, "refused.no_table");
        }
        return new ReadResult(source, tables, List.of());
    }

    /** What is done with each sheet's rows, streamed one sheet at a time. */
    interface SheetVisitor {
        void sheet(String name, SheetRows rows);
    }

    /**
     * Streams every sheet of the workbook, in order, to {@code visitor}: null when all were read, otherwise why the
     * file is refused whole (not a workbook, a zip bomb, a sheet beyond the row or column caps).
     */
    static ReadResult eachSheet(Path file, SheetVisitor visitor) {
        String source = file.toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader xlsx = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = xlsx.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xlsx.getSheetsData();
            while (sheets.hasNext()) {
                SheetRows rows = new SheetRows();
                String sheet;
                try (InputStream in = sheets.next()) {
                    sheet = sheets.getSheetName();
                    parse(in, styles, strings, rows);
                } catch (SheetRows.TooLarge big) {
                    return Refusal.of(source, List.of(tooLarge(source, sheets.getSheetName(), big)));
                }
                visitor.sheet(sheet, rows);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            return notAWorkbook(source, e);
        }
        return null;
    }

    private void readSheet(String source, String sheet, SheetRows rows, List<ReadTable> tables, List<ReadProblem> problems) {
        ReadResult read = reader.read(rows.text(), source);
        for (ReadProblem p : read.allProblems()) {
            problems.add(atRow(source, sheet, p.line(), p.zh(), p.en()));
        }
        for (ReadTable t : read.tables()) {
            for (ReadProblem p : ImportChecks.check(t.evaluation())) {
                problems.add(atRow(source, sheet, p.line(), p.zh(), p.en()));
            }
            tables.add(new ReadTable(tables.size() + 1, t.evaluation(), List.of(), t.inferences(), t.skippedRows(), t.evidence(),
                    t.declared()));
        }
    }

    static boolean isSkipped(String sheet, SheetRows rows) {
        return sheet.equals(SummarySheet.NAME) || sheet.equals(TemplateWorkbook.INSTRUCTIONS)
                || rows.firstText().equals(SummarySheet.TITLE);
    }

    private static void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings, SheetRows rows)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new ExactNumbers(), false));
        xml.parse(new InputSource(in));
    }

    static ReadProblem atRow(String source, String sheet, int row, String zh, String en) {
        String key = row > 0 ? "workbook.at_row" : "workbook.at_sheet";
        return new ReadProblem(source, row, MESSAGES.zh(key, sheet, row, zh), MESSAGES.en(key, sheet, row, en));
    }

    private static ReadProblem tooLarge(String source, String sheet, SheetRows.TooLarge big) {
        return big.columns
                ? atRow(source, sheet, big.row, MESSAGES.zh("refused.columns", SheetRows.MAX_COLUMNS),
                        MESSAGES.en("refused.columns", SheetRows.MAX_COLUMNS))
                : atRow(source, sheet, big.row, MESSAGES.zh("refused.rows", SheetRows.MAX_ROWS),
                        MESSAGES.en("refused.rows", SheetRows.MAX_ROWS));
    }

    private static ReadResult notAWorkbook(String source, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (why.contains("Zip bomb") || why.contains("zip bomb") || why.contains("exceed") && why.contains("size")) {
            return Refusal.because(source, "refused.zip_bomb");
        }
        return Refusal.because(source, "refused.not_a_workbook", why);
    }
}
