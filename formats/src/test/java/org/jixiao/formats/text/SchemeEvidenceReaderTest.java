package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.core.scoring.choice.SchemeChooser;
import org.jixiao.core.scoring.choice.SchemeEvidence;
import org.jixiao.formats.Seeds;
import org.junit.jupiter.api.Test;

/** The evidence a table gives of its scheme, as the reader collects it, and the scheme it chooses. */
class SchemeEvidenceReaderTest {
    private final DisclosureReader reader = new DisclosureReader();
    private final SchemeChooser chooser = new SchemeChooser(Schemes.builtIn());

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Seeds.dir())) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    private ReadTable first(String text) {
        return reader.read(text, "table.txt").tables().get(0);
    }

    @Test
    void the_yunnan_seed_prints_execution_10_and_a_footnote_of_the_national_weights() throws IOException {
        ReadTable t = first(seed("000"));
        assertThat(t.evidence()).contains(SchemeEvidence.executionWeight(SchemeEvidence.Source.TABLE, new java.math.BigDecimal("10.00"), 14));
        assertThat(t.evidence()).filteredOn(e -> e.source() == SchemeEvidence.Source.FOOTNOTE)
                .extracting(SchemeEvidence::kind, SchemeEvidence::category, e -> e.figure().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SchemeEvidence.Kind.EXECUTION_WEIGHT, null, 10),
                        org.assertj.core.groups.Tuple.tuple(SchemeEvidence.Kind.GROUP_POINTS, Category.OUTPUT, 50),
                        org.assertj.core.groups.Tuple.tuple(SchemeEvidence.Kind.GROUP_POINTS, Category.BENEFIT, 30),
                        org.assertj.core.groups.Tuple.tuple(SchemeEvidence.Kind.GROUP_POINTS, Category.SATISFACTION, 10));
        assertThat(chooser.choose(t.evaluation().layout(), t.evidence()).scheme().id()).isEqualTo("national-2020");
    }

    @Test
    void an_execution_row_printing_20_outranks_the_footnotes_default_of_10() throws IOException {
        ReadTable t = first(seed("000").replace("\t10.00\t99.31\t9.93", "\t20.00\t99.31\t19.86"));
        SchemeChoice choice = chooser.choose(t.evaluation().layout(), t.evidence());
        assertThat(choice.scheme().id()).isEqualTo("exec20");
        assertThat(choice.describe(java.util.Locale.CHINESE)).isEqualTo("方案 exec20：资金行分值 20");
        assertThat(choice.describe(java.util.Locale.ENGLISH)).isEqualTo("scheme exec20: the execution row's weight 20");
    }

    @Test
    void first_level_subtotals_printed_in_the_labels_are_evidence_of_the_table_itself() {
        String text = String.join("\n",
                "项目支出绩效自评表",
                "项目名称\t测试项目",
                "主管部门\t测试局\t实施单位\t测试中心",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t100\t100\t100\t10\t100%\t10",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "\t产出指标（60分）\t数量指标\t建设里程\t≥100公里\t100公里\t60\t60\t",
                "\t效益指标（30分）\t社会效益指标\t受益人口\t≥10万人\t10万人\t30\t30\t",
                "总分\t\t\t\t\t\t100\t100\t");
        ReadTable t = first(text);
        assertThat(t.evidence()).filteredOn(e -> e.kind() == SchemeEvidence.Kind.GROUP_POINTS)
                .extracting(SchemeEvidence::category, e -> e.figure().intValue(), SchemeEvidence::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Category.OUTPUT, 60, SchemeEvidence.Source.TABLE),
                        org.assertj.core.groups.Tuple.tuple(Category.BENEFIT, 30, SchemeEvidence.Source.TABLE));
        // 产出 60 contradicts the national 50; the free weights of Sichuan's form say nothing against it
        SchemeChoice choice = chooser.choose(t.evaluation().layout(), t.evidence());
        assertThat(choice.scheme().id()).isEqualTo("sichuan-integrated-2023");
        assertThat(choice.describe(java.util.Locale.CHINESE)).isEqualTo("方案 sichuan-integrated-2023：资金行分值 10");
    }

    @Test
    void a_title_naming_sichuans_integrated_form_chooses_its_scheme() {
        String text = String.join("\n",
                "部门预算项目支出绩效自评表",
                "项目名称\t测试项目",
                "主管部门\t测试局\t实施单位\t测试中心",
                "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                "\t年度资金总额\t100\t100\t80\t10\t80%\t8",
                "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "\t产出指标\t数量指标\t建设里程\t≥100公里\t100公里\t50\t50\t",
                "\t效益指标\t社会效益指标\t受益人口\t≥10万人\t10万人\t30\t30\t",
                "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t",
                "总分\t\t\t\t\t\t100\t98\t");
        ReadTable t = first(text);
        SchemeChoice choice = chooser.choose(t.evaluation().layout(), t.evidence());
        assertThat(choice.scheme().id()).isEqualTo("sichuan-integrated-2023");
        assertThat(choice.describe(java.util.Locale.CHINESE)).contains("表题“部门预算项目支出绩效自评表”");
    }

    @Test
    void a_suzhou_table_is_chosen_by_its_layout_and_says_so() throws IOException {
        ReadTable t = first(seed("003"));
        SchemeChoice choice = chooser.choose(t.evaluation().layout(), t.evidence());
        assertThat(choice.scheme().id()).isEqualTo("suzhou-2023");
        assertThat(choice.evidence()).extracting(SchemeEvidence::kind).containsExactly(SchemeEvidence.Kind.LAYOUT);
        assertThat(List.of(choice.describe(java.util.Locale.CHINESE))).containsExactly("方案 suzhou-2023：版式 suzhou");
    }
}
