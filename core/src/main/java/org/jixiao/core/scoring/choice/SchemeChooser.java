package org.jixiao.core.scoring.choice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;

/**
 * Chooses the scheme a table was filled under from its own evidence. The candidates are the schemes made for its
 * layout (a scheme file added on the command line joins them). Each candidate is held against every piece of
 * evidence — a figure it states agrees with the scheme's or contradicts it, a title names the scheme's form or says
 * nothing — and the candidates are ranked by what the table prints first, footnotes second: a figure printed in the
 * table outranks a footnote's "原则上" default. Within each, fewer contradictions come before more agreements (a
 * table printing 产出 60 and 效益 30 is no national table for agreeing on 效益). On a tie the layout's first scheme
 * (the default) stands.
 */
public final class SchemeChooser {
    private final Schemes schemes;

    public SchemeChooser(Schemes schemes) {
        this.schemes = schemes;
    }

    public SchemeChoice choose(String layout, List<SchemeEvidence> evidence) {
        List<Scheme> candidates = new ArrayList<>();
        for (Scheme s : schemes.all()) {
            if (s.layouts().contains(layout)) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(schemes.forLayout(layout));
        }
        Scheme best = candidates.get(0);
        int[] bestScore = score(best, evidence);
        for (int k = 1; k < candidates.size(); k++) {
            int[] score = score(candidates.get(k), evidence);
            if (java.util.Arrays.compare(score, bestScore) > 0) {
                best = candidates.get(k);
                bestScore = score;
            }
        }
        List<SchemeEvidence> agreeing = new ArrayList<>();
        for (SchemeEvidence.Source rank : SchemeEvidence.Source.values()) {
            for (SchemeEvidence e : evidence) {
                if (e.source() == rank && agreement(best, e) > 0) {
                    agreeing.add(e);
                }
            }
        }
        if (agreeing.isEmpty()) {
            agreeing.add(SchemeEvidence.layout(layout));
        }
        return new SchemeChoice(best, agreeing, false);
    }

    /** {−contradictions, agreements} of what the table prints, then the same of its footnotes; higher is better. */
    private static int[] score(Scheme s, List<SchemeEvidence> evidence) {
        int[] score = new int[4];
        for (SchemeEvidence e : evidence) {
            int at = e.source() == SchemeEvidence.Source.TABLE ? 0 : e.source() == SchemeEvidence.Source.FOOTNOTE ? 2 : -1;
            if (at < 0) {
                continue;
            }
            int a = agreement(s, e);
            if (a < 0) {
                score[at]--;
            } else if (a > 0) {
                score[at + 1]++;
            }
        }
        return score;
    }

    /** +1 when the scheme says the same, −1 when it says otherwise, 0 when it says nothing about it. */
    static int agreement(Scheme s, SchemeEvidence e) {
        return switch (e.kind()) {
            case EXECUTION_WEIGHT -> s.executionWeight() == null ? -1 : same(s.executionWeight(), e.figure());
            case GROUP_POINTS -> {
                BigDecimal w = s.categoryWeights().get(e.category());
                yield w == null ? 0 : same(w, e.figure());
            }
            case TITLE -> s.titles().stream().anyMatch(t -> e.text() != null && e.text().contains(t)) ? 1 : 0;
            case LAYOUT -> s.layouts().contains(e.text()) ? 1 : 0;
        };
    }

    private static int same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0 ? 1 : -1;
    }
}
