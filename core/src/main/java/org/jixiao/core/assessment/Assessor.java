package org.jixiao.core.assessment;

import java.util.List;
import org.jixiao.core.checks.Check;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.LaterAdjustment;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.FinanceRecheck;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.Scorer;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.core.scoring.choice.SchemeChooser;
import org.jixiao.core.scoring.choice.SchemeEvidence;

/**
 * The one entry point that assesses a table. Two kinds of table, scored by their own rule:
 * <ul>
 *   <li>a table its unit published (read from text, a workbook or a PDF): its figures are the unit's, so an actual
 *       that cannot be scored keeps its printed score and the findings compare the printed figures with jixiao's;</li>
 *   <li>a form jixiao itself fills: every figure is jixiao's, so a blank actual scores nothing until it is filled.</li>
 * </ul>
 * The scheme of a published table is the one its evidence names among those of its layout (or the one asked for);
 * a form keeps the scheme it was made under.
 */
public final class Assessor {
    private final Schemes schemes;
    private final SchemeChooser chooser;

    public Assessor(Schemes schemes) {
        this.schemes = schemes;
        this.chooser = new SchemeChooser(schemes);
    }

    public Schemes schemes() {
        return schemes;
    }

    /** The scheme a published table is scored under: {@code override} where given, else the one its evidence names. */
    public SchemeChoice choose(SelfEvaluation table, List<SchemeEvidence> evidence, String override) {
        return override != null ? SchemeChoice.overridden(schemes.get(override))
                : chooser.choose(table.layout(), evidence);
    }

    /**
     * A published table under the chosen scheme, with the given checks. A declaration of goals has no actuals, so it
     * is scored (its indicators listed) but not checked against the rules of a self-evaluation.
     */
    public Assessment published(SelfEvaluation table, SchemeChoice choice, List<Check> checks) {
        ScoreSheet sheet = schemes.scorer(choice.scheme()).score(table);
        boolean declaration = table.header().kind() == Header.Kind.DECLARATION;
        List<Finding> findings = declaration ? List.of() : Checks.run(checks, new CheckContext(table, sheet, choice.scheme()));
        return new Assessment(table, choice, sheet, findings, FinanceRecheck.result(sheet, choice.scheme(), List.of(),
                FinanceRecheck.Entry.NONE));
    }

    /**
     * A form jixiao keeps, as stored, under its scheme: every check, and the total it stands at after finance's
     * re-check ({@link Rechecks#NONE} where finance has not re-checked it).
     */
    public Assessment form(SelfEvaluation form, Scheme scheme, Rechecks rechecks) {
        return form(form, scheme, rechecks, List.of());
    }

    /**
     * A stored form made from approved goals, with the adjustments of those goals approved after it was submitted:
     * each change a finding of the re-check ({@link org.jixiao.core.checks.AdjustedAfterSubmission}).
     */
    public Assessment form(SelfEvaluation form, Scheme scheme, Rechecks rechecks, List<LaterAdjustment> later) {
        ScoreSheet sheet = formScorer(scheme).score(form);
        return assessed(form, scheme, sheet, rechecks, later);
    }

    /**
     * A form as its filler types it: the figures jixiao computes stand where the printed table has them (as they
     * will once saved), so the findings speak of what the user typed, not of stale printed sums.
     */
    public Assessment formBeingFilled(SelfEvaluation form, Scheme scheme) {
        ScoreSheet sheet = formScorer(scheme).score(form);
        return assessed(ComputedFigures.writtenInto(form, sheet), scheme, sheet, Rechecks.NONE, List.of());
    }

    private Scorer formScorer(Scheme scheme) {
        return schemes.formScorer(scheme);
    }

    private static Assessment assessed(SelfEvaluation table, Scheme scheme, ScoreSheet sheet, Rechecks rechecks,
                                       List<LaterAdjustment> later) {
        List<Finding> findings = Checks.run(Checks.all(), new CheckContext(table, sheet, scheme).withLaterAdjustments(later));
        FinalResult result = FinanceRecheck.result(sheet, scheme, rechecks.indicators(), rechecks.budget());
        return new Assessment(table, SchemeChoice.overridden(scheme), sheet, findings, result);
    }
}
