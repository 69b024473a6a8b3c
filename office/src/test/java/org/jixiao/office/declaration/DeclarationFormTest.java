package org.jixiao.office.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.ProjectAttribute;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Target;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.TableFiles;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.table.DeclarationForm;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.xlsx.DeclarationWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 绩效目标申报表 printed as the official form in .xlsx and .pdf, and read back as a declaration. */
class DeclarationFormTest {
    @TempDir
    Path dir;

    private static DeclaredIndicator indicator(String l1, String l2, String name, String op, String value, String unit) {
        return new DeclaredIndicator(0, l1, l2, name, Target.of(op, value, unit), null, "按完成比例计分", "");
    }

    private static Declaration declaration() {
        return new Declaration(new DeclarationHeader("专业技术人员继续教育", "53000023R000000000123", "云南省工业和信息化厅",
                "云南省信息技术发展中心", 2023, CurrencyUnit.WAN_YUAN, ProjectAttribute.CONTINUING, 2023, 2023, "张三", ""),
                new DeclaredFunding(new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("20")), DeclaredFunding.none(),
                new DeclaredGoals("完成培训 8 次，合格率不低于 90%。", ""),
                List.of(indicator("产出指标", "数量指标", "培训人次", "≥", "8", "次"),
                        indicator("产出指标", "质量指标", "考试合格率", "≥", "90", "%"),
                        indicator("效益指标", "社会效益指标", "持证人员上岗率", "≥", "85", "%"),
                        indicator("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%")));
    }

    private static void assertReadsBackAsTheDeclaration(ReadResult back) {
        assertThat(back.tables()).hasSize(1);
        assertThat(back.tables().get(0).evaluation().header().kind()).isEqualTo(Header.Kind.DECLARATION);
        Declaration read = Declaration.ofPrintedTable(back.tables().get(0).evaluation());
        assertThat(read.header().project()).isEqualTo("专业技术人员继续教育");
        assertThat(read.indicators()).extracting(DeclaredIndicator::name)
                .containsExactly("培训人次", "考试合格率", "持证人员上岗率", "参训人员满意度");
        assertThat(read.indicators()).extracting(i -> i.target().text())
                .containsExactly(">=8次", ">=90%", ">=85%", ">=90%");
    }

    @Test
    void the_form_prints_header_funding_goal_and_each_indicator_with_its_three_target_cells() {
        OfficialTable t = DeclarationForm.of(declaration());
        String text = t.asText();
        assertThat(t.title()).isEqualTo("项目支出绩效目标申报表");
        assertThat(text).contains("项目代码", "53000023R000000000123", "延续", "年度绩效目标", "完成培训 8 次",
                "评（扣）分标准", "考试合格率\t>=\t90\t%");
    }

    @Test
    void a_declaration_exported_as_a_workbook_reads_back_as_the_same_declaration() throws Exception {
        Path xlsx = dir.resolve("申报表.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new DeclarationWorkbook().write(List.of(declaration()), out);
        }
        assertReadsBackAsTheDeclaration(new TableFiles().read(xlsx));
    }

    @Test
    void a_declaration_exported_as_a_pdf_reads_back_as_the_same_declaration() throws Exception {
        Path pdf = dir.resolve("申报表.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfExporter().writeTables(List.of(DeclarationForm.of(declaration())), out);
        }
        assertReadsBackAsTheDeclaration(new TableFiles().read(pdf));
    }
}
