package org.jixiao.office.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WorkbookExporter.ROWS_IN_MEMORY)) {
            wb.setCompressTempFiles(true);
            CellStyles styles = new CellStyles(wb);
            Set<String> names = new HashSet<>();
            for (Judged j : reports) {
                String project = j.report().header() == null ? "" : j.report().header().project();
                String name = WorkbookExporter.sheetName(names.size() + 1, project, names);
                TableSheet.write(MonitoringForm.of(j.report(), j.assessment(), j.number()), wb.createSheet(name), styles);
            }
            wb.write(out);
        }
    }
}
