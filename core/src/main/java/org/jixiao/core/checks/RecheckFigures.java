package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * What a re-check (复核) list shows of one table, derived from the table, its score sheet, its findings and the
 * finance reviewer's re-checked total. Kept beside a stored table so lists of thousands are ranked and summed by the
 * database; amounts are in 元, exactly, so tables printed in 万元 and in 元 add up.
 *
 * @param selfTotal       the total the unit claims: as printed; a table typed on screen prints the computed one
 * @param recheckedTotal  the total after the finance re-check, null when nothing was re-checked
 * @param gap             |selfTotal − (recheckedTotal, else recomputedTotal)|, null when either is missing
 * @param grade           the grade the table stands at: of the re-checked total where finance re-checked it, else
 *                        the rules' ({@link FinalResult})
 * @param unmet           counted indicators scoring below their weight: what 未完成 means in a re-check
 * @param ratePct         the execution rate the scheme scored, or — where it scores none — the one the amounts give
 * @param findingCounts   findings per code and severity, in code order
 */
public record RecheckFigures(BigDecimal selfTotal, BigDecimal recomputedTotal, BigDecimal recheckedTotal, BigDecimal gap,
                             String grade, int unmet, BigDecimal budgetYuan, BigDecimal executedYuan, BigDecimal ratePct,
                             Map<CodeAndSeverity, Integer> findingCounts) {

    public record CodeAndSeverity(String code, Severity severity) implements Comparable<CodeAndSeverity> {
        @Override
        public int compareTo(CodeAndSeverity o) {
            int byCode = code.compareTo(o.code);
            return byCode != 0 ? byCode : severity.compareTo(o.severity);
        }
    }

    /** Raise when the figures are derived differently without any check code or scheme version changing. */
    private static final int FORMULA = 2;

    public RecheckFigures {
        findingCounts = Collections.unmodifiableMap(new TreeMap<>(findingCounts));
    }

    /** @param result what the table stands at ({@link org.jixiao.core.scoring.FinanceRecheck#result}) */
    public static RecheckFigures of(SelfEvaluation form, ScoreSheet sheet, List<Finding> findings, FinalResult result) {
        BigDecimal recheckedTotal = result.isRechecked() ? result.total() : null;
        BigDecimal self = form.reportedTotal() != null ? form.reportedTotal() : sheet.total();
        BigDecimal compared = recheckedTotal != null ? recheckedTotal : sheet.total();
        BigDecimal gap = self == null || compared == null ? null : self.subtract(compared).abs();
        int unmet = (int) sheet.indicators().stream()
                .filter(s -> s.counts() && s.weight() != null && s.score() != null && s.score().compareTo(s.weight()) < 0)
                .count();
        TableAmounts amounts = TableAmounts.of(form);
        BudgetScore budget = sheet.budget();
        BigDecimal rate = budget != null && budget.ratePct() != null ? budget.ratePct() : amounts.ratePct();
        Map<CodeAndSeverity, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(new CodeAndSeverity(f.code(), f.severity()), 1, Integer::sum));
        TableAmounts yuan = amounts.in(CurrencyUnit.YUAN);
        return new RecheckFigures(self, sheet.total(), recheckedTotal, gap, result.grade(), unmet, yuan.budget(),
                yuan.executed(), rate, counts);
    }

    /**
     * A name for the checks and scheme versions figures are derived under: figures stored under another revision are
     * out of date.
     */
    public static String revision(List<Scheme> schemes) {
        StringBuilder names = new StringBuilder("formula " + FORMULA);
        Checks.codes(Checks.all()).forEach(c -> names.append(' ').append(c));
        schemes.forEach(s -> names.append(' ').append(s.id()).append(':').append(s.version()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count(Severity severity) {
        return findingCounts.entrySet().stream().filter(e -> e.getKey().severity() == severity)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
