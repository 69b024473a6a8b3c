package org.jixiao.office.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.office.Refusal;

/**
 * What a typed workbook must hold that a published table may lack: a quantitative target's actual is a number
 * (or 无 with a reason), since a person filling a template can still fix it.
 */
final class ImportChecks {
    private ImportChecks() {
    }

    static List<ReadProblem> check(SelfEvaluation e) {
        List<ReadProblem> out = new ArrayList<>();
        for (Indicator i : e.indicators()) {
            if (i.target().isQuantitative() && i.actual().isReported() && !i.actual().isEmpty() && i.actual().value() == null) {
                out.add(Refusal.problem("", i.line(), "workbook.actual_not_a_number", i.actual().text()));
            }
        }
        return out;
    }
}
