package org.jixiao.formats.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.text.Text;

/**
 * Reads self-evaluation tables as published: text extracted from PDFs, spreadsheets and web pages, tab- or
 * pipe-separated, one cell per line or run together by spaces, in simplified or traditional characters; one file
 * may hold several tables. Reads what can be read and reports what cannot, with its line. Thread-safe.
 */
public final class DisclosureReader {
    /** Larger text is no single disclosure; refuse it rather than exhaust memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String[] TABLE_STARTS = {"项目名称", "部门(单位)名称", "部门名称", "单位名称"};

    /** Reads a file of published text. */
    public ReadResult read(Path file) throws IOException {
        String source = file.toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return failed(source, "read.too_large", size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        String text = Decoding.decode(Files.readAllBytes(file));
        if (text == null) {
            return failed(source, "read.binary");
        }
        return read(text, source);
    }

    /** Reads published text; {@code source} names it in problems. */
    public ReadResult read(String text, String source) {
        if (text == null || text.isBlank()) {
            return failed(source, "read.empty");
        }
        if (text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (WebPage.isPage(text)) {
            text = WebPage.toDelimitedText(text);
        }
        if (Script.isTraditional(text)) {
            text = Script.toSimplified(text);
        }
        text = InlinePinyin.strip(text);
        Rows.Split split = Rows.split(text);
        List<List<Row>> segments = segments(split.rows());
        if (segments.isEmpty()) {
            return failed(source, "read.no_table");
        }
        List<ReadTable> tables = new ArrayList<>();
        List<Inference> inferences = new ArrayList<>(split.inferences());
        for (List<Row> segment : segments) {
            Problems problems = new Problems(source);
            claimInferences(segment, inferences, problems);
            segment = DetachedFigures.rebuild(segment, problems);
            segment = NumberedFundingBlock.rebuild(segment, problems);
            segment = DescribedNames.rebuild(segment);
            var evaluation = new TableReader(segment, split.aligned(), problems).read();
            tables.add(new ReadTable(tables.size() + 1, evaluation, problems.list(), problems.inferences(),
                    problems.skippedRows(), SchemeEvidenceReader.collect(segment, evaluation),
                    DeclarationFields.read(segment)));
        }
        return new ReadResult(source, tables, List.of());
    }

    /** The inferences made in cutting the segment's lines go with its table (the first, where tables share a line). */
    private static void claimInferences(List<Row> segment, List<Inference> inferences, Problems problems) {
        if (inferences.isEmpty() || segment.isEmpty()) {
            return;
        }
        int first = segment.get(0).line();
        int last = segment.get(segment.size() - 1).line();
        for (var it = inferences.iterator(); it.hasNext(); ) {
            Inference i = it.next();
            if (i.line() >= first && i.line() <= last) {
                problems.inferred(i);
                it.remove();
            }
        }
    }

    private static ReadResult failed(String source, String key, Object... args) {
        return new ReadResult(source, List.of(), List.of(ReaderMessages.problem(source, 0, key, args)));
    }

    /**
     * Splits the rows into tables: each starts at its 项目名称 row, together with the title, 公开N表, 编制单位 and
     * 金额单位 rows printed just above it. A 项目支出绩效指标表 that follows is part of the same table.
     */
    static List<List<Row>> segments(List<Row> rows) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).find(TABLE_STARTS) >= 0 && rows.get(i).find("子项名称") < 0 && !isListHeader(rows.get(i))
                    && !isFillingUnitAbove(rows, i)) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                if (IndicatorColumns.isHeader(rows.get(i))) {
                    return List.of(rows);
                }
            }
            if (NumberedFundingBlock.isIn(rows)) {
                return List.of(rows); // a funding block alone, its rows and columns numbered: a table's budget rows
            }
            // a table's tail with no header nor 项目名称 left: its indicator rows, told by their signs and figures
            return indicatorRows(rows) >= 2 ? List.of(rows) : List.of();
        }
        List<Integer> begins = new ArrayList<>();
        if (startsPartWay(rows, starts.get(0))) {
            begins.add(0); // the text starts inside a table: its rows before the first 项目名称 are a table's tail
        }
        int floor = 0;
        for (int s : starts) {
            int b = s;
            while (b - 1 >= floor && isPreamble(rows.get(b - 1))) {
                b--;
            }
            begins.add(b);
            floor = s + 1;
        }
        List<List<Row>> segments = new ArrayList<>();
        for (int k = 0; k < begins.size(); k++) {
            int end = k + 1 < begins.size() ? begins.get(k + 1) : rows.size();
            segments.add(rows.subList(begins.get(k), end));
        }
        return segments;
    }

    /**
     * 单位名称 printed above a project's 项目名称 (单位名称：某局 填报日期：…) names the unit that filled the table in: it
     * is the table's preamble, not the start of a department table of its own.
     */
    private static boolean isFillingUnitAbove(List<Row> rows, int i) {
        Row row = rows.get(i);
        if (row.find("项目名称") >= 0 || row.find("单位名称") < 0 || row.find("部门(单位)名称", "部门名称") >= 0) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < rows.size() && seen < 2; j++) {
            if (rows.get(j).isBlank()) {
                continue;
            }
            seen++;
            if (rows.get(j).find("项目名称") >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indicatorRows(List<Row> rows) {
        int n = 0;
        for (Row r : rows) {
            n += HeadlessBlock.isIndicatorRow(r, true) ? 1 : 0;
        }
        return n;
    }

    private static boolean startsPartWay(List<Row> rows, int firstStart) {
        int indicatorRows = 0;
        for (int i = 0; i < firstStart; i++) {
            if (IndicatorColumns.isHeader(rows.get(i))) {
                return false; // a header before the first 项目名称: the table before it is read as it has always been
            }
            indicatorRows += HeadlessBlock.isIndicatorRow(rows.get(i)) ? 1 : 0;
        }
        return indicatorRows >= 2;
    }

    /**
     * The header of a list of tables (a summary sheet: 序号 项目名称 主管部门 …), not a table's 项目名称 row: the
     * cell after 项目名称 is another label instead of a name.
     */
    private static boolean isListHeader(Row row) {
        int at = row.find(TABLE_STARTS);
        if (row.find("序号") >= 0 && row.find("序号") < at) {
            return true;
        }
        String next = Text.key(row.nextValue(at));
        return next.startsWith("主管部门") || next.startsWith("实施单位") || next.startsWith("项目主管部门");
    }

    private static boolean isPreamble(Row row) {
        if (row.isBlank()) {
            return true;
        }
        String k = row.joinedKey();
        return Vocabulary.isTitle(k) || Vocabulary.isDeclarationTitle(k) || Vocabulary.isDisclosureNo(k) || k.startsWith("编制单位") || k.startsWith("金额单位")
                || k.startsWith("单位:") || (k.length() <= 12 && k.matches("[(（]?\\d{4}年度?[)）]?")) || k.contains("自我评价报告")
                || Text.key(k).startsWith("填报单位");
    }
}
