package org.jixiao.server.recheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.evaluation.EvaluationStored;
import org.jixiao.server.evaluation.Scored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Derives an evaluation's 复核 figures with the core whenever it is stored, in the storing transaction. The revision
 * names the checks and scheme versions they were derived under, so figures left by an older release are derived
 * anew at start ({@link RecheckBackfill}) rather than shown stale.
 */
@Component
class RecheckDerivation {
    /** Raise when the figures are derived differently without any check code or scheme version changing. */
    private static final int FORMULA = 1;

    private final EvaluationScoring scoring;
    private final RecheckFigureStore store;
    private final String revision;

    RecheckDerivation(EvaluationScoring scoring, RecheckFigureStore store) {
        this.scoring = scoring;
        this.store = store;
        StringBuilder names = new StringBuilder("formula " + FORMULA);
        Checks.codes(Checks.all()).forEach(c -> names.append(' ').append(c));
        scoring.schemes().forEach(s -> names.append(' ').append(s.id()).append(':').append(s.version()));
        this.revision = sha256(names.toString());
    }

    String revision() {
        return revision;
    }

    @EventListener
    void stored(EvaluationStored e) {
        store.save(e.id(), figures(e), revision);
    }

    RecheckFigures figures(EvaluationStored e) {
        Scored scored = scoring.score(e.form(), e.schemeId());
        return RecheckFigures.of(e.form(), scored.sheet(), scored.findings(),
                Gap.recheckedTotal(scored.sheet(), e.rechecks()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
