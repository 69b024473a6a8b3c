package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;

/** Last year's evaluation as this year's starting point: the same indicators and targets, no actuals, no amounts. */
final class NextYear {
    private NextYear() {
    }

    static SelfEvaluation of(SelfEvaluation last, int year) {
        Header h = last.header();
        Header header = new Header(h.project(), h.department(), h.unit(), year, h.currencyUnit(), h.preparedBy(), null, h.kind());
        List<FundingRow> rows = last.funding().rows().stream()
                .map(r -> new FundingRow(r.kind(), r.label(), null, null, null, null, 0)).toList();
        Funding funding = new Funding(rows, last.funding().weight(), null, null, null, List.of(), null);
        List<Indicator> indicators = last.indicators().stream()
                .map(i -> new Indicator(i.level1(), i.level2(), i.name(), i.target(), Actual.reported(""), i.weight(), null, "", 0))
                .toList();
        return new SelfEvaluation(header, funding, new Goals(last.goals().declared(), ""), indicators, null, null, null, null,
                null, "", last.layout(), 0);
    }
}
