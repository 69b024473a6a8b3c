package org.jixiao.server.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.recheck.Breakdown;
import org.jixiao.server.recheck.RecheckCharts;
import org.jixiao.server.system.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's charts: the whole's grades and gaps as on the 复核 page, and — where there are children — their
 * grades stacked side by side and their mean gaps, so the department or region that stands out is seen first.
 */
@Component
class OverviewCharts {
    private final RecheckCharts recheck;
    private final MessageSource messages;

    OverviewCharts(RecheckCharts recheck, MessageSource messages) {
        this.recheck = recheck;
        this.messages = messages;
    }

    List<BarChart> of(Breakdown b, Locale locale) {
        List<BarChart> charts = new ArrayList<>(recheck.of(b.whole(), locale));
        if (b.parts().isEmpty()) {
            return charts;
        }
        List<String> names = b.parts().stream()
                .map(p -> p.own() ? messages.getMessage("overview.own", null, locale) : p.organisation().name()).toList();
        List<BarChart.Series> grades = new ArrayList<>();
        for (String grade : b.whole().grades().keySet()) {
            String name = grade.isEmpty() ? messages.getMessage("recheck.noGrade", null, locale) : grade;
            grades.add(new BarChart.Series(name, b.parts().stream()
                    .map(p -> p.summary().grades().getOrDefault(grade, 0)).toList()));
        }
        charts.add(new BarChart("chart-children-grades", messages.getMessage("overview.chart.grades", null, locale),
                names, grades, true));
        List<BigDecimal> gaps = b.parts().stream().map(p -> p.summary().meanGap()).toList();
        charts.add(new BarChart("chart-children-gaps", messages.getMessage("overview.chart.gaps", null, locale),
                names, List.of(new BarChart.Series(messages.getMessage("recheck.summary.meanGap", null, locale), gaps)),
                false));
        return charts;
    }
}
