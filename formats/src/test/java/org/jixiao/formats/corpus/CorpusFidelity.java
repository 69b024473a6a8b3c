package org.jixiao.formats.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Quantity;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.corpus.CorpusExcerpt.DamageKind;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import tools.jackson.databind.JsonNode;

/**
 * The fidelity figures of issue 14 over the corpus: files with indicators found, indicator rows found by name, of
 * those the rows with target, actual, weight and printed score as the careful reader has them, complete tables
 * scored to their {@code total_recomputed_national}, and tables with their budget row — overall and per kind of
 * damage. Run {@link #main} (or CorpusGoldenTest) to print them.
 */
final class CorpusFidelity {
    /** A numbering prefix (指标1：, 1.、(1)) or a points mark (（5分）) is no part of the name being compared. */
    private static final Pattern NUMBERING = Pattern.compile("^(指标\\d+[:：]?|\\d+[.、．]|[(（]\\d+[)）]|[①-⑳])");
    private static final Pattern POINTS = Pattern.compile("[(（]\\d+(\\.\\d+)?分[)）]");

    /** Counts of one group of excerpts. */
    static final class Tally {
        int filesWithIndicators;
        int filesFound;
        int rows;
        int rowsFound;
        int rowsRight;
        int completeScored;
        int completeRight;
        int budgets;
        int budgetsRight;
        /** Arithmetic errors the checks report on tables read (the reader's misreadings show up as these). */
        int arithmeticErrors;

        /** Tables whose budget rows the reading gives and the reader does not read (or misreads). */
        int budgetsMissed() {
            return budgets - budgetsRight;
        }

        void add(Tally o) {
            filesWithIndicators += o.filesWithIndicators;
            filesFound += o.filesFound;
            rows += o.rows;
            rowsFound += o.rowsFound;
            rowsRight += o.rowsRight;
            completeScored += o.completeScored;
            completeRight += o.completeRight;
            budgets += o.budgets;
            budgetsRight += o.budgetsRight;
            arithmeticErrors += o.arithmeticErrors;
        }

        double filesPct() {
            return pct(filesFound, filesWithIndicators);
        }

        double rowsPct() {
            return pct(rowsFound, rows);
        }

        double rightPct() {
            return pct(rowsRight, rowsFound);
        }

        double budgetPct() {
            return pct(budgetsRight, budgets);
        }

        private static double pct(int a, int b) {
            return b == 0 ? 100.0 : 100.0 * a / b;
        }

        String line(String label) {
            return String.format(java.util.Locale.ROOT,
                    "%-20s files %2d/%-2d %5.1f%% | rows by name %3d/%-3d %5.1f%% | fields right %3d/%-3d %5.1f%% | complete scored %d/%d | budget %2d/%-2d | arithmetic errors %d",
                    label, filesFound, filesWithIndicators, filesPct(), rowsFound, rows, rowsPct(), rowsRight, rowsFound,
                    rightPct(), completeRight, completeScored, budgetsRight, budgets, arithmeticErrors);
        }
    }

    /** What one excerpt scored, with the rows missed or misread for the report. */
    record ExcerptResult(CorpusExcerpt excerpt, Tally tally, List<String> misses) {
    }

    private final DisclosureReader reader = new DisclosureReader();

    ExcerptResult measure(CorpusExcerpt x) throws IOException {
        ReadResult read = reader.read(x.text());
        List<Indicator> pool = new ArrayList<>();
        for (ReadTable t : read.tables()) {
            pool.addAll(t.evaluation().indicators());
        }
        Tally tally = new Tally();
        List<String> misses = new ArrayList<>();
        boolean anyExpected = false;
        for (JsonNode table : x.tables()) {
            JsonNode indicators = table.get("indicators");
            if (indicators != null) {
                for (JsonNode xi : indicators) {
                    anyExpected = true;
                    tally.rows++;
                    Indicator found = takeByName(pool, text(xi, "name"));
                    if (found == null) {
                        misses.add("not found: " + text(xi, "name"));
                        continue;
                    }
                    tally.rowsFound++;
                    String wrong = wrongFields(xi, found);
                    if (wrong.isEmpty()) {
                        tally.rowsRight++;
                    } else {
                        misses.add("misread " + wrong + ": " + text(xi, "name") + " → " + found.target() + " | "
                                + found.actual().text() + " | " + found.weight() + " | " + found.reportedScore());
                    }
                }
            }
            measureBudget(table, read, tally, misses);
            measureTotal(table, read, tally, misses);
        }
        countArithmeticErrors(read, tally, misses);
        if (anyExpected) {
            tally.filesWithIndicators = 1;
            tally.filesFound = read.tables().stream().anyMatch(t -> !t.evaluation().indicators().isEmpty()) ? 1 : 0;
        }
        return new ExcerptResult(x, tally, misses);
    }

    /** The arithmetic errors the scoring checks find on every table read that is not a declaration. */
    private static void countArithmeticErrors(ReadResult read, Tally tally, List<String> misses) {
        Schemes schemes = Schemes.builtIn();
        for (ReadTable t : read.tables()) {
            SelfEvaluation e = t.evaluation();
            if (e.header().kind() == org.jixiao.core.evaluation.Header.Kind.DECLARATION) {
                continue;
            }
            var scheme = schemes.forLayout(e.layout());
            var sheet = schemes.scorer(scheme).score(e);
            for (var f : Checks.run(Checks.forScoring(), new CheckContext(e, sheet, scheme))) {
                // as score and audit do, a finding on a line the reader inferred is a notice, not an error
                if (f.severity() == Severity.ERROR && f.code().startsWith("ARITHMETIC") && !t.inferredAt(f.place().line())) {
                    tally.arithmeticErrors++;
                    misses.add("arithmetic error " + f.code() + " at line " + f.place().line() + " (table " + t.index() + ")");
                }
            }
        }
    }

    /**
     * The budget rows as the reading records them: 年初预算数 / 全年预算数 / 全年执行数 on the total row, and where the
     * reading gives them the 执行率, 分值 and 得分 of the funding row and the 财政拨款 / 上年结转 / 其他资金 (基本支出 /
     * 项目支出) sub-rows. A table counts as read when every figure it gives is.
     */
    private static void measureBudget(JsonNode table, ReadResult read, Tally tally, List<String> misses) {
        JsonNode b = table.get("budget");
        if (b == null || b.isNull() || (isNull(b, "initial") && isNull(b, "annual") && isNull(b, "executed"))) {
            return;
        }
        tally.budgets++;
        String closest = null;
        for (ReadTable t : read.tables()) {
            Funding f = t.evaluation().funding();
            FundingRow row = f.row(FundingRow.Kind.TOTAL).orElse(null);
            if (row == null || !same(b.get("initial"), row.initial()) || !same(b.get("annual"), row.annual())
                    || !same(b.get("executed"), row.executed())) {
                continue;
            }
            String wrong = wrongFunding(table, f, row);
            if (wrong.isEmpty()) {
                tally.budgetsRight++;
                return;
            }
            closest = wrong;
        }
        misses.add(closest == null ? "budget not read: " + b : "budget rows misread: " + closest);
    }

    /** The funding figures beyond the total's amounts that differ from the reading, "" when none. */
    private static String wrongFunding(JsonNode table, Funding f, FundingRow total) {
        List<String> wrong = new ArrayList<>();
        JsonNode rate = table.get("execution_rate_pct");
        if (rate != null && !rate.isNull() && !same(rate, f.reportedRatePct() != null ? f.reportedRatePct() : total.ratePct())) {
            wrong.add("执行率 " + f.reportedRatePct());
        }
        JsonNode weight = table.get("execution_weight");
        if (weight != null && !weight.isNull() && !same(weight, f.weight())) {
            wrong.add("分值 " + f.weight());
        }
        JsonNode score = table.get("execution_score");
        if (score != null && !score.isNull() && !same(score, f.reportedScore())) {
            wrong.add("得分 " + f.reportedScore());
        }
        JsonNode sources = table.get("funding_sources");
        if (sources != null && sources.isArray()) {
            for (JsonNode src : sources) {
                FundingRow.Kind kind = subRowKind(text(src, "label"));
                if (kind == null || kind == FundingRow.Kind.TOTAL) {
                    continue; // a source the national form does not name (中央补助, 省级资金 …), or the total again
                }
                FundingRow row = f.row(kind).orElse(null);
                boolean printed = !isNull(src, "annual") || !isNull(src, "executed") || !isNull(src, "initial");
                if (!printed) {
                    if (row != null && !row.isEmpty()) {
                        wrong.add(kind.label() + " read where none is printed");
                    }
                } else if (row == null || !sameIfGiven(src.get("initial"), row.initial())
                        || !sameIfGiven(src.get("annual"), row.annual()) || !sameIfGiven(src.get("executed"), row.executed())) {
                    wrong.add(kind.label() + " " + (row == null ? "not read" : row.annual() + " / " + row.executed()));
                }
            }
        }
        return String.join(", ", wrong);
    }

    /** The sub-row of the national form a reading's label names, null for any other source of funds. */
    static FundingRow.Kind subRowKind(String label) {
        String k = Text.key(label == null ? "" : label).replaceFirst("^其中[:：]?", "");
        if (k.contains("财政拨款")) {
            return FundingRow.Kind.CURRENT_FISCAL;
        }
        if (k.startsWith("上年结转")) {
            return FundingRow.Kind.CARRIED_OVER;
        }
        if (k.startsWith("其他资金")) {
            return FundingRow.Kind.OTHER;
        }
        if (k.startsWith("基本支出")) {
            return FundingRow.Kind.BASIC;
        }
        if (k.startsWith("项目支出")) {
            return FundingRow.Kind.PROJECT;
        }
        return k.startsWith("年度资金总额") ? FundingRow.Kind.TOTAL : null;
    }

    private static boolean sameIfGiven(JsonNode expected, BigDecimal read) {
        return expected == null || expected.isNull() || same(expected, read);
    }

    private static void measureTotal(JsonNode table, ReadResult read, Tally tally, List<String> misses) {
        JsonNode expected = table.get("total_recomputed_national");
        JsonNode complete = table.get("complete");
        if (expected == null || expected.isNull() || complete == null || !complete.asBoolean()) {
            return;
        }
        tally.completeScored++;
        Schemes schemes = Schemes.builtIn();
        for (ReadTable t : read.tables()) {
            SelfEvaluation e = t.evaluation();
            if (e.indicators().isEmpty()) {
                continue;
            }
            ScoreSheet sheet = schemes.scorer(schemes.get(Schemes.DEFAULT_ID)).score(e);
            if (sheet.total() != null && sheet.total().subtract(expected.decimalValue()).abs().compareTo(new BigDecimal("0.01")) <= 0) {
                tally.completeRight++;
                return;
            }
            misses.add("total " + sheet.total() + " instead of " + expected.decimalValue());
        }
    }

    private static Indicator takeByName(List<Indicator> pool, String name) {
        String key = nameKey(name);
        for (int k = 0; k < pool.size(); k++) {
            if (nameKey(pool.get(k).name()).equals(key)) {
                return pool.remove(k);
            }
        }
        return null;
    }

    /** The name compared: no numbering prefix, no points mark, no white space, folded widths. */
    static String nameKey(String name) {
        String k = Text.key(name == null ? "" : name);
        k = POINTS.matcher(k).replaceAll("");
        return NUMBERING.matcher(k).replaceFirst("");
    }

    /** The fields of a found row that differ from the careful reading, "" when none. */
    private static String wrongFields(JsonNode x, Indicator found) {
        List<String> wrong = new ArrayList<>();
        // where the careful reader read an OCR-garbled target (target_read: 290% → ≥90%), either reading is right
        boolean targetRight = sameCell(text(x, "target"), found.target().value(), found.target().text())
                || x.has("target_read") && sameCell(text(x, "target_read"), found.target().value(), found.target().text());
        if (!targetRight) {
            wrong.add("target");
        }
        if (!sameCell(text(x, "actual"), found.actual().value(), found.actual().text())) {
            wrong.add("actual");
        }
        if (!same(x.get("weight"), found.weight())) {
            wrong.add("weight");
        }
        if (!same(x.get("score_reported"), found.reportedScore())) {
            wrong.add("score");
        }
        return String.join(",", wrong);
    }

    /** A cell is right when its number is the careful reader's, or, for words, its text. */
    private static boolean sameCell(String expected, BigDecimal readValue, String readText) {
        if (expected == null || expected.isBlank()) {
            return readValue == null && (readText == null || Text.key(readText).isEmpty() || Numbers.isBlankMark(readText));
        }
        Quantity q = Quantity.parse(expected);
        if (q != null && q.value() != null) {
            return readValue != null && readValue.compareTo(q.value()) == 0;
        }
        return readText != null && Text.key(readText).contains(Text.key(expected));
    }

    private static boolean same(JsonNode expected, BigDecimal read) {
        if (expected == null || expected.isNull()) {
            return read == null;
        }
        if (!expected.isNumber()) {
            BigDecimal parsed = Numbers.parse(expected.asText());
            return parsed == null ? read == null : read != null && parsed.compareTo(read) == 0;
        }
        return read != null && expected.decimalValue().compareTo(read) == 0;
    }

    private static boolean isNull(JsonNode n, String field) {
        return n.get(field) == null || n.get(field).isNull();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Every excerpt measured: the overall tally, one per kind of damage, and each excerpt's. */
    record Report(Tally overall, Map<DamageKind, Tally> byKind, List<ExcerptResult> excerpts) {
        String render(boolean withMisses) {
            StringBuilder b = new StringBuilder();
            b.append(overall.line("all")).append('\n');
            byKind.forEach((k, t) -> b.append(t.line(k.name().toLowerCase(java.util.Locale.ROOT))).append('\n'));
            b.append('\n');
            for (ExcerptResult r : excerpts) {
                b.append(r.tally().line(r.excerpt().id() + " " + r.excerpt().kind())).append('\n');
                if (withMisses) {
                    r.misses().forEach(m -> b.append("      ").append(m).append('\n'));
                }
            }
            return b.toString();
        }
    }

    Report measureAll() throws IOException {
        Tally overall = new Tally();
        Map<DamageKind, Tally> byKind = new EnumMap<>(DamageKind.class);
        List<ExcerptResult> results = new ArrayList<>();
        for (CorpusExcerpt x : CorpusExcerpt.all()) {
            ExcerptResult r = measure(x);
            results.add(r);
            overall.add(r.tally());
            for (DamageKind k : x.damage()) {
                byKind.computeIfAbsent(k, q -> new Tally()).add(r.tally());
            }
        }
        return new Report(overall, byKind, results);
    }

    static String percent(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** Prints the figures; {@code --misses} adds each row missed or misread. */
    public static void main(String[] args) throws IOException {
        boolean misses = args.length > 0 && args[0].equals("--misses");
        System.out.print(new CorpusFidelity().measureAll().render(misses));
    }
}
