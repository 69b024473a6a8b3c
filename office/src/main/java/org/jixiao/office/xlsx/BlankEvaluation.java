package org.jixiao.office.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;

/** An evaluation with every field empty and room for {@code rows} indicators: the form a template prints. */
final class BlankEvaluation {
    private BlankEvaluation() {
    }

    static SelfEvaluation of(String layout, int rows, int subItems) {
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            indicators.add(new Indicator("", null, "", null, null, null, null, "", 0));
        }
        Header header = new Header("", "", "suzhou".equals(layout) ? null : "", null, CurrencyUnit.WAN_YUAN, "", null, Header.Kind.PROJECT);
        Funding funding;
        if ("suzhou".equals(layout)) {
            List<SubItem> items = new ArrayList<>();
            for (int k = 0; k < subItems; k++) {
                items.add(new SubItem("", null, null, 0));
            }
            funding = new Funding(List.of(), null, null, null,
                    new BudgetUse(null, null, null, null, null, null, null, null, null), items, new SubItem("合计", null, null, 0));
        } else {
            List<FundingRow> fundingRows = new ArrayList<>();
            for (FundingRow.Kind kind : List.of(FundingRow.Kind.TOTAL, FundingRow.Kind.CURRENT_FISCAL, FundingRow.Kind.CARRIED_OVER, FundingRow.Kind.OTHER)) {
                String label = kind == FundingRow.Kind.CURRENT_FISCAL ? "其中：" + kind.label() : kind.label();
                fundingRows.add(new FundingRow(kind, label, null, null, null, null, 0));
            }
            funding = new Funding(fundingRows, null, null, null, null, List.of(), null);
        }
        BigDecimal sum = "suzhou".equals(layout) ? null : BigDecimal.ZERO;
        return new SelfEvaluation(header, funding, Goals.none(), indicators, sum, sum, null, null, null, "", layout, 0);
    }
}
