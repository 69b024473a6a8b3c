package org.jixiao.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void a_problem_of_a_row_reads_with_its_row_in_either_language() {
        ImportReport.Note n = new ImportReport.Note(5, "实际完成值不是数字", "the actual is not a number");
        assertThat(n.text("zh")).isEqualTo("第 5 行：实际完成值不是数字");
        assertThat(n.text("en")).isEqualTo("row 5: the actual is not a number");
    }

    @Test
    void a_workbook_problem_that_names_its_sheet_and_row_is_not_prefixed_twice() {
        ImportReport.Note n = new ImportReport.Note(12, "工作表“自评表”第 12 行：实际完成值“很多”不是数字",
                "sheet \"自评表\" row 12: the actual \"很多\" is not a number");
        assertThat(n.text("zh")).startsWith("工作表");
        assertThat(n.text("en")).startsWith("sheet");
    }

    @Test
    void entry_paths_of_an_archive_are_shown_cleaned_and_resource_forks_skipped() {
        assertThat(Archives.entryName("../../etc/passwd")).isEqualTo("etc/passwd");
        assertThat(Archives.entryName("__MACOSX/a/._b.txt")).isNull();
        assertThat(Archives.entryName("a/.DS_Store")).isNull();
        assertThat(Archives.entryName("表\\二.xlsx")).isEqualTo("表/二.xlsx");
    }
}
