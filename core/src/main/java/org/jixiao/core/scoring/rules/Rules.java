package org.jixiao.core.scoring.rules;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.scoring.Scheme;

/** Builds the rules a scheme names, in its order. */
public final class Rules {
    private Rules() {
    }

    public static List<IndicatorRule> forScheme(Scheme scheme) {
        List<IndicatorRule> rules = new ArrayList<>();
        // a not-reported row never counts, whatever the scheme lists
        rules.add(new NotReportedCarriesNoScore());
        for (String id : scheme.rules()) {
            rules.add(create(id, scheme));
        }
        return List.copyOf(rules);
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
            default -> throw new IllegalArgumentException("scheme " + scheme.id() + ": unknown rule \"" + id
                    + "\" (known: not-reported, qualitative-tier, qualitative-word, unscorable, zero-target, at-least, reverse, completion-band)");
        };
    }
}
