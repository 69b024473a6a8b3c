package org.jixiao.office.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.xlsx.DeclarationTemplate;
import org.jixiao.office.xlsx.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank 绩效目标申报表 offers its choices as drop-downs on the cells that take them — 项目属性, 一级 and 二级 classes,
 * 指标性质, 度量单位 — and 权重 as a number; filled in, it reads back as a declaration.
 */
class DeclarationTemplateTest {
    @TempDir
    Path dir;

    private static XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeclarationTemplate().write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose first cells print {@code label}. */
    private static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.toString().equals(label)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no " + label);
    }

    /** The validation covering one cell. */
    private static DataValidation at(XSSFSheet sheet, int row, int column) {
        return sheet.getDataValidations().stream().filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(r -> r.isInRange(row, column))).findFirst().orElseThrow(() -> new AssertionError("no list at " + row + "," + column));
    }

    private static List<String> choices(DataValidation v) {
        return Arrays.asList(v.getValidationConstraint().getExplicitListValues());
    }

    @Test
    void each_indicator_row_chooses_its_classes_operator_and_unit_from_lists_and_the_header_its_attribute() throws IOException {
        try (XSSFWorkbook wb = template()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int first = rowOf(sheet, "一级指标") + 1;
            int last = first + 19;
            for (int row : List.of(first, last)) {
                assertThat(choices(at(sheet, row, 0))).containsExactly("产出指标", "效益指标", "满意度指标");
                assertThat(choices(at(sheet, row, 1))).contains("数量指标", "社会效益指标", "服务对象满意度指标").hasSize(9);
                assertThat(choices(at(sheet, row, 3))).containsExactly(">=", ">", "=", "<=", "<", "定性");
                assertThat(choices(at(sheet, row, 5))).contains("%", "人次", "万元");
                assertThat(at(sheet, row, 6).getValidationConstraint().getValidationType())
                        .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
            }
            assertThat(at(sheet, first, 0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(at(sheet, first, 5).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            assertThat(choices(at(sheet, rowOf(sheet, "项目属性"), 1))).containsExactly("新增", "延续", "经常性", "一次性");
            // nothing outside the indicator rows is constrained by their lists
            assertThat(sheet.getDataValidations()).allSatisfy(v -> {
                for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                    assertThat(r.getLastRow()).isLessThanOrEqualTo(last);
                }
            });
        }
    }

    @Test
    void a_filled_template_reads_back_as_the_declaration_typed_into_it() throws IOException {
        Path filled = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = template()) {
            XSSFSheet sheet = wb.getSheetAt(0);
            sheet.getRow(rowOf(sheet, "项目名称")).getCell(1).setCellValue("专业技术人员继续教育");
            int first = rowOf(sheet, "一级指标") + 1;
            Row row = sheet.getRow(first);
            row.getCell(2).setCellValue("培训人次");
            row.getCell(3).setCellValue(">=");
            row.getCell(4).setCellValue("8");
            row.getCell(5).setCellValue("次");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        ReadResult back = new WorkbookReader().read(filled);
        assertThat(back.tables()).as("%s", back.allProblems()).hasSize(1);
        Declaration read = back.tables().get(0).declaration();
        assertThat(read.header().project()).isEqualTo("专业技术人员继续教育");
        assertThat(read.indicators()).extracting(DeclaredIndicator::name).contains("培训人次");
        assertThat(read.indicators()).filteredOn(i -> i.name().equals("培训人次")).singleElement()
                .satisfies(i -> assertThat(i.target().text()).isEqualTo(">=8次"));
    }
}
