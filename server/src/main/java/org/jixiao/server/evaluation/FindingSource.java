package org.jixiao.server.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.core.checks.Check;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The core's re-check findings (复核) for a scored evaluation: every check, as a finance reviewer would run them.
 * A check that fails on a form it did not expect is logged and skipped: a half-filled form must still save.
 */
@Component
public class FindingSource {
    private static final Logger LOG = LoggerFactory.getLogger(FindingSource.class);

    public List<Finding> find(SelfEvaluation form, ScoreSheet sheet, Scheme scheme) {
        CheckContext context = new CheckContext(form, sheet, scheme);
        List<Finding> out = new ArrayList<>();
        for (Check check : Checks.all()) {
            List<Finding> found = new ArrayList<>();
            try {
                check.check(context, found);
                out.addAll(found);
            } catch (RuntimeException e) {
                LOG.warn("check {} failed on \"{}\": {}", check.getClass().getSimpleName(), form.header().project(), e.toString());
            }
        }
        out.sort(Comparator.comparingInt(f -> f.place().indicatorIndex()));
        return out;
    }
}
