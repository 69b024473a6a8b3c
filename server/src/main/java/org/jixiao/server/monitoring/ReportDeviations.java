package org.jixiao.server.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.Light;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.Progress;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The deviations a report explains, one line each — the budget and each non-green or doubtful indicator with its light,
 * causes and measures — in the tables' language: what an adjustment's 调整说明 and a proposed rectification's
 * requirement are made from.
 */
@Component
public class ReportDeviations {
    /** The forms are Chinese: text written into another document is too, whoever reads the page. */
    static final Locale FORMS = Locale.SIMPLIFIED_CHINESE;

    private final MonitoringService monitoring;
    private final MessageSource messages;

    ReportDeviations(MonitoringService monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    /** The report's deviations, if the caller may see it; otherwise not found. */
    public String of(long reportId, CurrentUser user) {
        return String.join("\n", lines(monitoring.judged(reportId, user)));
    }

    List<String> lines(MonitoringService.Judged j) {
        List<String> lines = new ArrayList<>();
        var report = j.report();
        Progress budget = j.assessment().budget();
        if (deviates(budget, null) || !report.budgetCauses().isEmpty()) {
            lines.add(line(text("monitoring.budget"), budget, report.budgetCauses(), report.budgetCauseText(),
                    report.budgetMeasures()));
        }
        for (int i = 0; i < report.indicators().size(); i++) {
            IndicatorEntry e = report.indicators().get(i);
            Progress p = j.assessment().indicators().get(i);
            if (deviates(p, e.likelihood()) || !e.causes().isEmpty()) {
                lines.add(line(e.name(), p, e.causes(), e.causeText(), e.measures()));
            }
        }
        return lines;
    }

    private static boolean deviates(Progress p, Likelihood likelihood) {
        return (p != null && p.light() != Light.GREEN) || (likelihood != null && likelihood != Likelihood.CERTAIN);
    }

    private String line(String what, Progress p, Set<DeviationCause> causes, String causeText, String measures) {
        String light = text(p == null ? "monitoring.light.none" : "monitoring.light." + p.light().name());
        String named = causes.stream().sorted().map(c -> text("monitoring.cause." + c.name()))
                .collect(Collectors.joining(text("monitoring.adjustment.and")));
        return text("monitoring.adjustment.line", what, light, named, causeText, measures);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, FORMS);
    }
}
