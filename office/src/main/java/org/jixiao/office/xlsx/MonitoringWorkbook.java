package org.jixiao.office.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.office.table.MonitoringForm;

/**
 * Monitoring reports as a workbook of 项目支出绩效目标执行监控表, one sheet each, drawn by {@link MonitoringForm} as the
 * PDF draws them.
 */
public final class MonitoringWorkbook {

    /** One report and its lights; {@code number} jixiao's id of it, printed so that the filled sheet finds it again. */
    public record Judged(MonitoringReport report, MonitoringAssessment assessment, Long number) {
        public Judged(MonitoringReport report, MonitoringAssessment assessment) {
            this(report, assessment, null);
        }
    }

    public void write(List<Judged> reports, OutputStream out) throws IOException {
        Workbook wb = FastSheetCells.workbook(out);
        Set<String> names = new HashSet<>();
        for (Judged j : reports) {
            String project = j.report().header() == null ? "" : j.report().header().project();
            String name = WorkbookExporter.sheetName(names.size() + 1, project, names);
            FastSheetCells.table(wb, name, MonitoringForm.of(j.report(), j.assessment(), j.number()));
        }
        wb.finish();
    }
}
