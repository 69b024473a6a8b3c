package org.jixiao.formats.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.text.Text;

/**
 * Words a column repeats on every row (达成预期指标 under 未完成原因及改进措施) stand in that column on each row: where a
 * row printing all its cells shows them as its reason, a row one cell short that reads them as its actual has no
 * actual, and those words are its reason.
 */
final class ReasonColumn {
    private ReasonColumn() {
    }

    static void settle(List<Indicator> rows) {
        Set<String> reasons = new HashSet<>();
        for (Indicator i : rows) {
            if (!i.deviationReason().isBlank() && !i.actual().text().isBlank()) {
                reasons.add(Text.key(i.deviationReason()));
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        for (int k = 0; k < rows.size(); k++) {
            Indicator i = rows.get(k);
            String actual = i.actual().text();
            if (i.deviationReason().isBlank() && i.actual().value() == null && reasons.contains(Text.key(actual))) {
                rows.set(k, new Indicator(i.level1(), i.level2(), i.name(), i.target(), Actual.reported(""), i.weight(),
                        i.reportedScore(), Text.clean(actual), i.line()));
            }
        }
    }
}
