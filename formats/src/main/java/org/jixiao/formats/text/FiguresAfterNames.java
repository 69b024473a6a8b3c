package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * A scoring sheet whose figures stand on the line after their names: a PDF's text layer that writes each row's label
 * at the end of one line and its 分值 and 得分 at the start of the next ("合理性\n5 5 资金分配\n3 3 …"), its class labels
 * glued to the name ("项目完成完成数量") and their points marks ("(10 分)") before or after them, split over lines.
 * Read line by line every row takes the figures of the row before. Read as one stream, each run of figures closes the
 * row whose name precedes it: the text before it holds the class labels (those before a points mark, and a class
 * of the scoring frameworks glued to the name) and the names, the run as many figures as the sheet has columns for
 * them — its header's (分值, 得分), or the most common run where no header is left. A lone figure where two belong
 * is nobody's (which of the two it is the text does not say), a figure beyond them (a page number) is dropped. The
 * sheet is kept only where its scores stay within their weights, and every row so read is an inference.
 */
final class FiguresAfterNames {
    private static final Pattern LEADING_FIGURES = Pattern.compile("^\\d+(\\.\\d+)?(\\s+\\d+(\\.\\d+)?)*\\s+\\D.*");
    /** A points mark, "(10 分)", "( 20 )", "(特性指标70 分)", or its closing half at a line's start, "20 分)". */
    private static final String MARK = "[(（][^()（）\\d]{0,8}?(\\d+(?:\\.\\d+)?)\\s*分?\\s*[)）]|(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]";
    private static final Pattern MARK_OR_FIGURE = Pattern.compile("(?:" + MARK + ")|(?<!\\S)(\\d+(?:\\.\\d+)?)(?!\\S)");
    private static final Pattern POINTS_MARK = Pattern.compile(MARK);
    private static final Pattern STANDALONE_FIGURE = Pattern.compile("(?<!\\S)\\d+(?:\\.\\d+)?(?!\\S)");
    private static final Pattern HEADER = Pattern.compile("三\\s*级\\s*指\\s*标((?:\\s*(?:分\\s*值|权\\s*重|得\\s*分|自\\s*评\\s*分))*)");
    /** Names one after another with no figures between them: a closed parenthesis ends one. */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("(?<=[)）])\\s+(?=[^\\s(（])");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.。…·]{2,}$");
    /** A scoring sheet's names are short; longer words before a figure are the text around it. */
    private static final int LONGEST_NAME = 30;
    static final List<String> HEADER_CELLS = List.of("一级指标", "二级指标", "三级指标", "分值", "得分");

    private FiguresAfterNames() {
    }

    /** The text is such a sheet: many lines start with figures and end in words, after a line that ended in words. */
    static boolean applies(String[] lines) {
        int nonBlank = 0;
        int led = 0;
        String previous = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (l.isEmpty()) {
                continue;
            }
            nonBlank++;
            if (previous != null && Character.isDigit(l.charAt(0)) && !endsWithFigure(previous) && !endsWithFigure(l)
                    && LEADING_FIGURES.matcher(l).matches() && onlyLeadingFigures(l)) {
                led++;
            }
            previous = l;
        }
        return led >= 5 && led * 5 >= nonBlank * 2;
    }

    /**
     * No figure stands in the line after its leading ones: a row of a space-separated table that starts with its 序号
     * and ends in a word ("1 数量指标 培训人次 100 98 10 9 无") has its figures in the middle.
     */
    private static boolean onlyLeadingFigures(String line) {
        Matcher m = STANDALONE_FIGURE.matcher(line);
        int end = 0;
        while (m.find()) {
            if (!line.substring(end, m.start()).isBlank()) {
                return false;
            }
            end = m.end();
        }
        return true;
    }

    private static boolean endsWithFigure(String line) {
        int i = line.length() - 1;
        if (!Character.isDigit(line.charAt(i))) {
            return false;
        }
        while (i >= 0 && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '.')) {
            i--;
        }
        return i < 0 || Character.isWhitespace(line.charAt(i));
    }

    /** The rows read: each sheet's header and rows, the lines outside the sheets as they were; null when no sheet holds. */
    static Rows.Split rebuild(String[] lines) {
        JoinedLines stream = new JoinedLines(lines);
        List<Sheet> sheets = new Sheets(stream).read();
        List<Inference> inferences = new ArrayList<>();
        List<Row> sheetRows = new ArrayList<>();
        boolean[] used = new boolean[lines.length + 2];
        for (Sheet s : sheets) {
            if (s.holds()) {
                sheetRows.addAll(s.rows(inferences));
                for (int l = stream.lineAt(s.from); l <= stream.lineAt(s.to); l++) {
                    used[l] = true;
                }
            }
        }
        if (sheetRows.isEmpty()) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < lines.length; i++) {
            while (next < sheetRows.size() && sheetRows.get(next).line() <= i + 1) {
                rows.add(sheetRows.get(next++));
            }
            if (!used[i + 1] && !lines[i].isBlank()) {
                rows.add(new Row(i + 1, Rows.spaceCells(lines[i])));
            }
        }
        rows.addAll(sheetRows.subList(next, sheetRows.size()));
        return new Rows.Split(rows, Rows.Delimiter.TAB, inferences);
    }

    /** The lines joined by single spaces, with the line of every character. */
    private static final class JoinedLines {
        final String text;
        private final int[] lineOf;

        JoinedLines(String[] lines) {
            StringBuilder b = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (String l : lines) {
                starts.add(b.length());
                b.append(l.strip()).append(' ');
            }
            text = b.toString();
            lineOf = new int[text.length() + 1];
            int line = 0;
            for (int c = 0; c <= text.length(); c++) {
                while (line + 1 < starts.size() && starts.get(line + 1) <= c) {
                    line++;
                }
                lineOf[c] = line + 1;
            }
        }

        int lineAt(int offset) {
            return lineOf[Math.max(0, Math.min(offset, lineOf.length - 1))];
        }
    }

    /** One name and what stands with it. */
    private record Candidate(int line, String level1, String level2, String name, BigDecimal marked, List<String> figures) {
    }

    /** The rows between a sheet's start (its header, or the text's start) and its 总分 or the text's end. */
    private static final class Sheet {
        final int headerWidth;
        final int from;
        int to;
        final List<Candidate> candidates = new ArrayList<>();
        int totalLine;

        Sheet(int headerWidth, int from) {
            this.headerWidth = headerWidth;
            this.from = from;
            this.to = from;
        }

        /** Figures per row: the header's, or the most common run of figures where the header is gone. */
        int width() {
            if (headerWidth > 0) {
                return headerWidth;
            }
            int[] count = new int[4];
            for (Candidate c : candidates) {
                if (!c.figures.isEmpty()) {
                    count[Math.min(c.figures.size(), 3)]++;
                }
            }
            return count[2] >= count[1] ? 2 : 1;
        }

        /** Enough rows with figures, and their scores within their weights. */
        boolean holds() {
            int width = width();
            int read = 0;
            int over = 0;
            for (Candidate c : candidates) {
                BigDecimal[] ws = figures(c, width);
                if (ws == null) {
                    continue;
                }
                read++;
                if (ws[0] != null && ws[1] != null && ws[1].compareTo(ws[0]) > 0) {
                    over++;
                }
            }
            long runs = candidates.stream().filter(c -> !c.figures.isEmpty()).count();
            // most runs of figures fill a row exactly (a page number now and then, a lone figure): a sheet's rows
            return read >= 3 && over * 4 <= read && read * 3 >= runs * 2
                    && (width == 2 || candidates.stream().anyMatch(c -> c.marked != null));
        }

        /** Weight and score of a candidate, or null where its figures are not the row's. */
        private static BigDecimal[] figures(Candidate c, int width) {
            if (c.figures.size() < width) {
                return null;
            }
            if (width == 2) {
                return new BigDecimal[]{Numbers.parse(c.figures.get(0)), Numbers.parse(c.figures.get(1))};
            }
            return new BigDecimal[]{c.marked, Numbers.parse(c.figures.get(0))};
        }

        List<Row> rows(List<Inference> inferences) {
            int width = width();
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(candidates.get(0).line, HEADER_CELLS));
            for (Candidate c : candidates) {
                BigDecimal[] ws = figures(c, width);
                String weight = ws == null || ws[0] == null ? "" : ws[0].toPlainString();
                String score = ws == null || ws[1] == null ? "" : ws[1].toPlainString();
                rows.add(new Row(c.line, List.of(c.level1, c.level2, c.name, weight, score), true));
                if (ws != null) {
                    inferences.add(ReaderMessages.inference(c.line, "指标行", c.name + " | " + weight + " | " + score,
                            "inference.figures_after_names"));
                } else if (!c.figures.isEmpty()) {
                    inferences.add(ReaderMessages.inference(c.line, "指标行", String.join(" ", c.figures),
                            "inference.figures_after_names.lone", String.join(" ", c.figures), c.name));
                }
                if (ws != null && c.figures.size() > width) {
                    inferences.add(ReaderMessages.inference(c.line, "指标行", String.join(" ", c.figures.subList(width, c.figures.size())),
                            "inference.figures_after_names.extra", String.join(" ", c.figures.subList(width, c.figures.size())), c.name));
                }
            }
            if (totalLine > 0) {
                rows.add(new Row(totalLine, List.of("总分")));
            }
            return rows;
        }
    }

    /** Reads the stream chunk by chunk: the text before a run of figures, and the run. */
    private static final class Sheets {
        private final JoinedLines stream;
        private final List<Sheet> sheets = new ArrayList<>();
        private Sheet sheet;
        private String level1 = "";
        private String level2 = "";

        Sheets(JoinedLines stream) {
            this.stream = stream;
        }

        List<Sheet> read() {
            Matcher m = MARK_OR_FIGURE.matcher(stream.text);
            int chunkStart = 0;
            int runEnd = -1;
            List<String> run = new ArrayList<>();
            int textEnd = 0;
            while (m.find()) {
                if (m.group(3) == null) {
                    continue; // a points mark: part of the words
                }
                if (!run.isEmpty() && stream.text.substring(runEnd, m.start()).isBlank()) {
                    run.add(m.group(3));
                    runEnd = m.end();
                    continue;
                }
                if (!run.isEmpty()) {
                    chunk(chunkStart, textEnd, run, runEnd);
                    chunkStart = runEnd;
                    run = new ArrayList<>();
                }
                textEnd = m.start();
                run.add(m.group(3));
                runEnd = m.end();
            }
            if (!run.isEmpty()) {
                chunk(chunkStart, textEnd, run, runEnd);
                chunkStart = runEnd;
            }
            chunk(chunkStart, stream.text.length(), List.of(), stream.text.length());
            return sheets;
        }

        private void chunk(int from, int to, List<String> figures, int end) {
            String words = stream.text.substring(from, to);
            Matcher header = HEADER.matcher(words);
            if (header.find()) {
                int width = Text.key(header.group(1)).replace("自评分", "得分").length() / 2;
                sheet = new Sheet(width, from + header.start());
                sheets.add(sheet);
                level1 = "";
                level2 = "";
                from += header.end();
                words = stream.text.substring(from, to);
            }
            String key = Text.key(words);
            if (key.startsWith("总分") || key.startsWith("合计")) {
                if (sheet != null) {
                    sheet.totalLine = stream.lineAt(from + words.indexOf(key.charAt(0)));
                    sheet.to = from;
                }
                sheet = null;
                return;
            }
            if (sheet == null) {
                if (!sheets.isEmpty()) {
                    return; // after a sheet's 总分 and before the next header: the text around the tables
                }
                sheet = new Sheet(0, from);
                sheets.add(sheet);
            }
            read(words, from, figures);
            sheet.to = figures.isEmpty() ? to : end;
        }

        /** The chunk's class labels and names; the last name takes the figures. */
        private void read(String words, int from, List<String> figures) {
            List<String> pieces = new ArrayList<>();
            List<BigDecimal> marks = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            Matcher m = POINTS_MARK.matcher(words);
            int at = 0;
            while (m.find()) {
                piece(words.substring(at, m.start()), from + at, pieces, marks, offsets);
                if (!pieces.isEmpty() && marks.get(marks.size() - 1) == null && words.substring(at, m.start()).strip().length() > 0) {
                    marks.set(marks.size() - 1, Numbers.parse(m.group(1) != null ? m.group(1) : m.group(2)));
                }
                at = m.end();
            }
            piece(words.substring(at), from + at, pieces, marks, offsets);
            if (pieces.isEmpty()) {
                return;
            }
            int last = pieces.size() - 1;
            List<String> labels = new ArrayList<>(pieces.subList(0, last));
            String[] names = BETWEEN_NAMES.split(pieces.get(last).strip());
            String first = names[0];
            for (String[] split = ClassLabels.splitLeading(compact(first)); split != null; split = ClassLabels.splitLeading(first)) {
                labels.add(split[0]);
                first = split[1];
            }
            names[0] = first;
            if (labels.size() >= 2) {
                level1 = compact(labels.get(labels.size() - 2));
            }
            if (!labels.isEmpty()) {
                level2 = compact(labels.get(labels.size() - 1));
            }
            int line = stream.lineAt(offsets.get(last));
            for (int n = 0; n < names.length; n++) {
                boolean isLast = n == names.length - 1;
                if (compact(names[n]).length() > LONGEST_NAME) {
                    continue; // a sentence around the table (a page's heading ending in its year), not a row's name
                }
                BigDecimal marked = isLast ? marks.get(last) : null;
                String name = compact(names[n]) + (marked == null ? "" : "(" + marked.toPlainString() + "分)");
                sheet.candidates.add(new Candidate(line, level1, level2, name, marked, isLast ? List.copyOf(figures) : List.of()));
            }
        }

        private static void piece(String text, int offset, List<String> pieces, List<BigDecimal> marks, List<Integer> offsets) {
            String t = TRAILING_DOTS.matcher(text.strip()).replaceFirst("");
            if (!t.isEmpty()) {
                pieces.add(t);
                marks.add(null);
                offsets.add(offset + text.indexOf(t.charAt(0)));
            }
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }
}
