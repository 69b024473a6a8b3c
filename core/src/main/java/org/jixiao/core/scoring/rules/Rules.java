package org.jixiao.core.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Messages;

/**
 * Builds the rules a scheme names. One list in the scheme file holds both kinds: the indicator rules, tried in the
 * order listed (the first that applies scores), and at most one total rule with, optionally, the 折算 by weight %.
 */
public final class Rules {
    private static final List<String> INDICATOR_IDS = List.of(NotReportedCarriesNoScore.ID, QualitativeTier.ID,
            QualitativeWordShare.ID, UnscorableKeepsReported.ID, ZeroTargetExact.ID, AtLeastTargetProportional.ID,
            ReverseIndicatorLinear.ID, CompletionBand.ID, DeductionPerPoint.ID, ChecklistPoints.ID);
    private static final List<String> TOTAL_IDS = List.of(FreeWeightsWithinTotal.ID, RescaleForNotApplicable.ID,
            ScaledGroups.ID, NestedPercentages.ID);
    private static final Set<String> TABLE_IDS = Set.of(FreeWeightsWithinTotal.ID, RescaleForNotApplicable.ID,
            ScaledGroups.ID, NestedPercentages.ID, ConvertedByWeightPercent.ID);

    private Rules() {
    }

    public static List<IndicatorRule> forScheme(Scheme scheme) {
        List<IndicatorRule> rules = new ArrayList<>();
        // a not-reported row never counts, whatever the scheme lists
        rules.add(new NotReportedCarriesNoScore());
        for (String id : scheme.rules()) {
            if (!TABLE_IDS.contains(id)) {
                rules.add(create(id, scheme));
            }
        }
        totalRule(scheme); // a scheme is refused for its total rule as for its indicator rules: when built
        conversion(scheme);
        return List.copyOf(rules);
    }

    /** The scheme's total rule: the one it lists, or the plain sum. Two listed contradict each other and are refused. */
    public static TotalRule totalRule(Scheme scheme) {
        List<String> listed = scheme.rules().stream().filter(TOTAL_IDS::contains).toList();
        if (listed.size() > 1) {
            throw new IllegalArgumentException(Messages.CORE.en("scheme.two_total_rules", scheme.id(), String.join(" and ", listed))
                    + " / " + Messages.CORE.zh("scheme.two_total_rules", scheme.id(), String.join("、", listed)));
        }
        if (listed.isEmpty()) {
            return new SumOfScores(scheme);
        }
        return switch (listed.get(0)) {
            case FreeWeightsWithinTotal.ID -> new FreeWeightsWithinTotal(scheme);
            case RescaleForNotApplicable.ID -> new RescaleForNotApplicable(scheme);
            case ScaledGroups.ID -> new ScaledGroups(scheme);
            default -> new NestedPercentages(scheme);
        };
    }

    /** The 折算 by weight % where the scheme lists it, or null. */
    public static ConvertedByWeightPercent conversion(Scheme scheme) {
        return scheme.lists(ConvertedByWeightPercent.ID) ? new ConvertedByWeightPercent(scheme) : null;
    }

    static IndicatorRule create(String id, Scheme scheme) {
        return switch (id) {
            case NotReportedCarriesNoScore.ID -> new NotReportedCarriesNoScore();
            case QualitativeTier.ID -> new QualitativeTier();
            case QualitativeWordShare.ID -> new QualitativeWordShare(scheme);
            case UnscorableKeepsReported.ID -> new UnscorableKeepsReported();
            case ZeroTargetExact.ID -> new ZeroTargetExact(scheme);
            case AtLeastTargetProportional.ID -> new AtLeastTargetProportional(scheme);
            case ReverseIndicatorLinear.ID -> scheme.reverseFormula() == Scheme.ReverseFormula.TARGET_OVER_ACTUAL
                    ? new ReverseIndicatorRatio(scheme) : new ReverseIndicatorLinear(scheme);
            case CompletionBand.ID -> new CompletionBand(scheme);
            case DeductionPerPoint.ID -> {
                if (scheme.commonIndicators().stream().noneMatch(c -> c.deduction() != null)) {
                    throw SchemeOptionMissing.of(scheme, id, "commonIndicators[].deduction");
                }
                yield new DeductionPerPoint(scheme);
            }
            case ChecklistPoints.ID -> {
                if (scheme.commonIndicators().stream().noneMatch(c -> c.checklist() != null)) {
                    throw SchemeOptionMissing.of(scheme, id, "commonIndicators[].checklist");
                }
                yield new ChecklistPoints(scheme);
            }
            default -> throw new IllegalArgumentException(Messages.CORE.bothEnglishFirst("scheme.unknown_rule", scheme.id(), id,
                    String.join(", ", INDICATOR_IDS) + ", " + String.join(", ", TABLE_IDS.stream().sorted().toList())));
        };
    }
}
