package org.jixiao.server.workbench;

import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * By when the self-evaluations of a budget year are due: a day of the following year, {@code jixiao.workbench.due}
 * (month-day, 04-30 unless set — the first months of the next year, when 自评 is done). A table not yet submitted
 * after it, or a unit with none, is overdue.
 */
@Component
public class Deadlines {
    private final MonthDay due;

    Deadlines(@Value("${jixiao.workbench.due:04-30}") String due) {
        this.due = MonthDay.parse("--" + due.strip());
    }

    /** The day the tables of {@code year} are due; null for a table without a year. */
    public LocalDate of(Integer year) {
        return year == null ? null : due.atYear(year + 1);
    }

    public boolean isOverdue(Integer year, LocalDate today) {
        LocalDate d = of(year);
        return d != null && today.isAfter(d);
    }
}
