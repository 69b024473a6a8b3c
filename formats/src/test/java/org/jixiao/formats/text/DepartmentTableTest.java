package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Department-wide tables (部门整体支出绩效自评表): the department's funding block (收入性质 / 支出性质) over the national
 * indicator block, scored by department-common (free weights within 90, national directions beside the common
 * indicators), as published tab-separated, pipe-delimited and one cell per line.
 */
class DepartmentTableTest {
    private final DisclosureReader reader = new DisclosureReader();

    private record Expected(String department, int indicators, String weights, String scores, String total,
                            List<FundingRow.Kind> funding) {
    }

    private static final Map<String, Expected> TABLES = Map.of(
            "changsha-wangcheng-agriculture-2023.txt", new Expected("长沙市望城区农业农村局", 8,
                    "15 15 10 10 10 10 10 10", "15 15 10 10 10 10 10 10", "99.66",
                    List.of(FundingRow.Kind.TOTAL, FundingRow.Kind.CURRENT_FISCAL, FundingRow.Kind.OTHER, FundingRow.Kind.BASIC,
                            FundingRow.Kind.PROJECT)),
            "qingshen-culture-tourism-2022.txt", new Expected("青神县文化广播电视和旅游局", 6,
                    "20 15 15 15 15 10", "20 15 15 15 15 10", "99.44",
                    List.of(FundingRow.Kind.TOTAL, FundingRow.Kind.CURRENT_FISCAL, FundingRow.Kind.CARRIED_OVER, FundingRow.Kind.OTHER,
                            FundingRow.Kind.BASIC, FundingRow.Kind.PROJECT)));

    @TestFactory
    Stream<DynamicTest> a_department_wide_table_reads_in_every_form() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (var e : TABLES.entrySet()) {
            String text = resource(e.getKey());
            addForm(tests, e.getKey(), "tab-separated", text, s -> s, e.getValue());
            addForm(tests, e.getKey(), "pipe-delimited", text, ExtractionDamageTest::pipes, e.getValue());
            addForm(tests, e.getKey(), "one cell per line", text, ExtractionDamageTest::oneCellPerLine, e.getValue());
        }
        return tests.stream();
    }

    private void addForm(List<DynamicTest> tests, String file, String form, String text, UnaryOperator<String> publish, Expected x) {
        tests.add(DynamicTest.dynamicTest(file + " " + form, () -> verify(reader.read(publish.apply(text), file), x)));
    }

    private static void verify(ReadResult result, Expected x) {
        assertThat(result.tables()).hasSize(1);
        SelfEvaluation e = result.tables().get(0).evaluation();
        assertThat(e.header().kind()).isEqualTo(Header.Kind.DEPARTMENT);
        assertThat(e.header().project()).isEqualTo(x.department());
        assertThat(e.indicators()).hasSize(x.indicators());
        assertThat(figures(e.indicators().stream().map(Indicator::weight).toList())).isEqualTo(x.weights());
        assertThat(figures(e.indicators().stream().map(Indicator::reportedScore).toList())).isEqualTo(x.scores());
        assertThat(e.funding().rows()).extracting(FundingRow::kind).containsExactlyElementsOf(x.funding());
        var schemes = Schemes.builtIn();
        var scheme = schemes.forLayout(e.layout());
        assertThat(scheme.id()).isEqualTo("department-common");
        assertThat(schemes.scorer(scheme).score(e).total()).isEqualByComparingTo(x.total());
        assertThat(e.reportedTotal()).isEqualByComparingTo(x.total());
    }

    @Test
    void a_funding_row_the_form_does_not_know_is_reported_not_guessed() throws IOException {
        ReadResult r = reader.read(resource("qingshen-culture-tourism-2022.txt"), "qingshen.txt");
        assertThat(r.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("qingshen.txt");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.zh()).contains("单位资金");
        });
    }

    @Test
    void a_garbled_score_in_a_department_table_is_reported_with_file_and_line() throws IOException {
        String text = resource("changsha-wangcheng-agriculture-2023.txt").replace("30.4万亩\t15\t15", "30.4万亩\t15\tl5");
        ReadResult r = reader.read(text, "wangcheng.txt");
        assertThat(r.tables()).hasSize(1);
        assertThat(r.tables().get(0).evaluation().indicators()).hasSize(8);
        assertThat(r.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("wangcheng.txt");
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.zh()).contains("l5");
        });
    }

    private static String figures(List<BigDecimal> values) {
        return String.join(" ", values.stream().map(v -> v == null ? "-" : v.stripTrailingZeros().toPlainString()).toList());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DepartmentTableTest.class.getResourceAsStream("/department/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
