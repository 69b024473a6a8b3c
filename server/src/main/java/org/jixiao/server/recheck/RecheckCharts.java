package org.jixiao.server.recheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.server.system.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of a summary: the grade distribution and the histogram of gaps between self and re-checked scores. */
@Component
public class RecheckCharts {
    private final MessageSource messages;

    RecheckCharts(MessageSource messages) {
        this.messages = messages;
    }

    public List<BarChart> of(RecheckSummary summary, Locale locale) {
        return List.of(grades(summary, locale), gaps(summary, locale));
    }

    private BarChart grades(RecheckSummary s, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (String grade : s.grades().keySet()) {
            labels.add(grade.isEmpty() ? messages.getMessage("recheck.noGrade", null, locale) : grade);
        }
        return bars("chart-grades", messages.getMessage("recheck.summary.grades", null, locale), labels, s.grades(), locale);
    }

    private BarChart gaps(RecheckSummary s, Locale locale) {
        return bars("chart-gaps", messages.getMessage("chart.gaps", null, locale), List.copyOf(s.gaps().keySet()),
                s.gaps(), locale);
    }

    private BarChart bars(String id, String title, List<String> labels, Map<String, Integer> counts, Locale locale) {
        return new BarChart(id, title, labels, List.of(new BarChart.Series(
                messages.getMessage("recheck.summary.tables", null, locale), List.copyOf(counts.values()))), false);
    }
}
