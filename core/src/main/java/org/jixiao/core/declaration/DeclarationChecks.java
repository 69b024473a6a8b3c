package org.jixiao.core.declaration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.core.checks.Finding;

/** Every check of a declaration (lifecycle §1), and running them: table findings first, then indicators in order. */
public final class DeclarationChecks {

    private static final List<DeclarationCheck> ALL = List.of(
            new GoalMissing(),
            new FundingArithmetic(),
            new ClassMissing(),
            new OutputIncomplete(),
            new QuantitativeShareLow(),
            new TargetIncomplete(),
            new VagueQualitativeTarget(),
            new StandardMissing(),
            new MisclassifiedIndicator(),
            new WeakerThanLastYear());

    private static final Comparator<Finding> BY_PLACE = Comparator.comparingInt(f -> f.place().indicatorIndex());

    private DeclarationChecks() {
    }

    public static List<DeclarationCheck> all() {
        return ALL;
    }

    public static List<Finding> run(DeclarationContext context) {
        List<Finding> out = new ArrayList<>();
        for (DeclarationCheck check : ALL) {
            check.check(context, out);
        }
        out.sort(BY_PLACE);
        return out;
    }

    /** Every code the checks can raise. */
    public static List<String> codes() {
        return ALL.stream().flatMap(c -> c.codes().stream()).distinct().toList();
    }
}
