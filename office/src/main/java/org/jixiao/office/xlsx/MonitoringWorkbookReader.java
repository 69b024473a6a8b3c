package org.jixiao.office.xlsx;

import static org.jixiao.office.OfficeMessages.MESSAGES;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.QuietLibraries;
import org.jixiao.office.Refusal;
import org.jixiao.office.table.MonitoringForm;

/**
 * Reads 项目支出绩效目标执行监控表 back from a workbook — one jixiao exported ({@link MonitoringWorkbook}), or the same
 * layout filled in Excel or WPS — into what the unit reports: the budget executed to date and expected, and per
 * indicator its completion to date, expected year-end value, likelihood, deviation causes and measures. The lights
 * and sums printed beside them are the core's and are not read. Streamed with the evaluations' machinery (the row
 * and column caps, every digit of a number whatever its format); a workbook with any cell that cannot be taken is
 * refused whole, each problem naming its sheet, row and field in Chinese and English.
 */
public final class MonitoringWorkbookReader {
    /** Longest text of one cell, as the form and the API take it. */
    public static final int MAX_TEXT = 4000;
    /** Digits before the point a figure may have, as the form and the API take it. */
    static final int MAX_INTEGER_DIGITS = 16;

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*年\\s*1\\s*[—–-]+\\s*(\\d{1,2})\\s*月");
    private static final Pattern NUMBER = Pattern.compile(Pattern.quote(MonitoringForm.NUMBER) + "\\s*(\\d{1,18})");

    static {
        QuietLibraries.apply();
    }

    /** One indicator's row as filled: its names (to check it is the report's indicator) and what was reported. */
    public record Row(int line, String level1, String level2, String name, String target, BigDecimal toDate,
                      BigDecimal expected, Likelihood likelihood, Set<DeviationCause> causes, String causeText,
                      String measures) {
    }

    /**
     * One sheet's table as filled.
     *
     * @param number jixiao's number of the report, printed in the caption row on export; null for a sheet without it
     */
    public record Sheet(String name, Long number, String project, String projectCode, Integer year, Integer month,
                        BigDecimal annualBudget, BigDecimal executedToDate, BigDecimal expected,
                        Set<DeviationCause> budgetCauses, String budgetCauseText, String budgetMeasures, int budgetLine,
                        List<Row> indicators) {
    }

    /** The tables read, or none and every problem found (a workbook is taken whole or not at all). */
    public record Read(String source, List<Sheet> sheets, List<ReadProblem> problems) {
        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    public Read read(Path file) {
        String source = file.toString();
        List<Sheet> sheets = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ReadResult refused = WorkbookReader.eachSheet(file, (name, rows) -> {
            if (rows.firstText().equals(MonitoringForm.TITLE)) {
                Sheet s = new SheetParser(source, name, rows.lines(), problems).parse();
                if (s != null) {
                    sheets.add(s);
                }
            }
        });
        if (refused != null) {
            return new Read(source, List.of(), refused.allProblems());
        }
        if (!problems.isEmpty()) {
            return new Read(source, List.of(), problems);
        }
        if (sheets.isEmpty()) {
            return new Read(source, List.of(), List.of(Refusal.problem(source, 0, "monitoring.no_table", MonitoringForm.TITLE)));
        }
        return new Read(source, sheets, List.of());
    }

    /** One sheet: the block labels of {@link MonitoringForm} found by their first cell, the figures at its columns. */
    private static final class SheetParser {
        private final String source;
        private final String sheet;
        private final List<String[]> rows = new ArrayList<>();
        private final List<ReadProblem> problems;

        SheetParser(String source, String sheet, List<String> lines, List<ReadProblem> problems) {
            this.source = source;
            this.sheet = sheet;
            this.problems = problems;
            for (String l : lines) {
                rows.add(l.split("\t", -1));
            }
        }

        Sheet parse() {
            int before = problems.size();
            Integer year = null;
            Integer month = null;
            Long number = null;
            String project = "";
            String code = "";
            int budget = -1;
            int header = -1;
            int end = rows.size();
            for (int r = 0; r < rows.size(); r++) {
                String first = cell(r, 0);
                String joined = String.join("", rows.get(r));
                Matcher period = PERIOD.matcher(joined);
                if (year == null && period.find()) {
                    year = Integer.valueOf(period.group(1));
                    month = Integer.valueOf(period.group(2));
                }
                Matcher n = NUMBER.matcher(joined);
                if (number == null && n.find()) {
                    number = Long.valueOf(n.group(1));
                }
                if (first.equals("项目名称")) {
                    project = cell(r, 1);
                    code = cell(r, 7);
                } else if (first.equals("预算执行") && budget < 0) {
                    budget = r + 1;
                } else if (first.equals("一级指标") && header < 0) {
                    header = r;
                } else if (first.equals("项目灯色") && header >= 0) {
                    end = r;
                    break;
                }
            }
            if (month == null || month < 1 || month > 12) {
                problems.add(at(0, "monitoring.no_period"));
            }
            if (budget < 0 || budget >= rows.size() || header < 0) {
                problems.add(at(0, "monitoring.not_the_layout", MonitoringForm.TITLE));
                return null;
            }
            String m = month == null ? "N" : String.valueOf(month);
            BigDecimal annual = figure(budget, 1, "monitoring.field.annual", m);
            BigDecimal executed = figure(budget, 3, "monitoring.field.executed", m);
            BigDecimal expected = figure(budget, 4, "monitoring.field.expected", m);
            Causes budgetCauses = causes(budget, 8, "monitoring.field.budget_causes", m);
            String budgetMeasures = text(budget, 10, "monitoring.field.budget_measures", m);
            List<Row> indicators = new ArrayList<>();
            for (int r = header + 1; r < end; r++) {
                if (blank(r)) {
                    continue;
                }
                Causes c = causes(r, 9, "monitoring.field.causes", m);
                indicators.add(new Row(r + 1, cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3),
                        figure(r, 4, "monitoring.field.to_date", m), figure(r, 5, "monitoring.field.year_end", m),
                        likelihood(r, 8, m), c.chosen(), c.text(), text(r, 10, "monitoring.field.measures", m)));
            }
            if (problems.size() > before) {
                return null;
            }
            return new Sheet(sheet, number, project, code, year, month, annual, executed, expected, budgetCauses.chosen(),
                    budgetCauses.text(), budgetMeasures, budget + 1, indicators);
        }

        private boolean blank(int r) {
            for (String c : rows.get(r)) {
                if (!c.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private String cell(int r, int c) {
            String[] row = rows.get(r);
            return c < row.length ? row[c].strip() : "";
        }

        private String text(int r, int c, String field, String month) {
            String t = cell(r, c);
            if (t.length() > MAX_TEXT) {
                problems.add(fieldProblem(r + 1, field, month, "monitoring.too_long", MAX_TEXT));
                return "";
            }
            return t;
        }

        /** A figure: every digit as typed (thousands separators allowed), empty for not filled. */
        private BigDecimal figure(int r, int c, String field, String month) {
            String t = cell(r, c).replace(",", "").replace("，", "");
            if (t.isEmpty()) {
                return null;
            }
            BigDecimal v;
            try {
                v = new BigDecimal(t);
            } catch (NumberFormatException e) {
                problems.add(fieldProblem(r + 1, field, month, "monitoring.not_a_number", cell(r, c)));
                return null;
            }
            if (v.signum() < 0 || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
                problems.add(fieldProblem(r + 1, field, month, "monitoring.out_of_range", cell(r, c)));
                return null;
            }
            return v;
        }

        private Likelihood likelihood(int r, int c, String month) {
            String t = cell(r, c);
            if (t.isEmpty()) {
                return null;
            }
            for (Likelihood l : Likelihood.values()) {
                if (l.label().equals(t) || l.name().equalsIgnoreCase(t) || l.label(java.util.Locale.ENGLISH).equalsIgnoreCase(t)) {
                    return l;
                }
            }
            problems.add(fieldProblem(r + 1, "monitoring.field.likelihood", month, "monitoring.not_a_likelihood", t,
                    Likelihood.CERTAIN.label() + " / " + Likelihood.POSSIBLE.label() + " / " + Likelihood.IMPOSSIBLE.label()));
            return null;
        }

        /**
         * 偏差原因 as the form prints it: the causes chosen, joined by 、, then ： and the text; a cell whose words before
         * the colon are not all causes is text only.
         */
        private Causes causes(int r, int c, String field, String month) {
            String t = text(r, c, field, month);
            int colon = firstColon(t);
            String head = colon < 0 ? t : t.substring(0, colon);
            Set<DeviationCause> chosen = new LinkedHashSet<>();
            for (String part : head.split("[、，,;；/]")) {
                DeviationCause cause = cause(part.strip());
                if (cause == null) {
                    return new Causes(Set.of(), t);
                }
                chosen.add(cause);
            }
            return new Causes(chosen, colon < 0 ? "" : t.substring(colon + 1).strip());
        }

        private static int firstColon(String t) {
            int full = t.indexOf('：');
            int half = t.indexOf(':');
            return full < 0 ? half : half < 0 ? full : Math.min(full, half);
        }

        private static DeviationCause cause(String label) {
            for (DeviationCause d : DeviationCause.values()) {
                if (d.label().equals(label)) {
                    return d;
                }
            }
            return null;
        }

        private ReadProblem at(int row, String key, Object... args) {
            return WorkbookReader.atRow(source, sheet, row, MESSAGES.zh(key, args), MESSAGES.en(key, args));
        }

        /** "{field}: {problem}", the field's name and the problem each in its language. */
        private ReadProblem fieldProblem(int row, String field, String month, String key, Object... args) {
            String zh = MESSAGES.zh("monitoring.field_problem", MESSAGES.zh(field, month), MESSAGES.zh(key, args));
            String en = MESSAGES.en("monitoring.field_problem", MESSAGES.en(field, month), MESSAGES.en(key, args));
            return WorkbookReader.atRow(source, sheet, row, zh, en);
        }
    }

    private record Causes(Set<DeviationCause> chosen, String text) {
    }
}
