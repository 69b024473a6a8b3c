package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.formats.Seeds;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden tests: every field and score of testdata/seeds/expected.json, read from the published text and scored
 * under the scheme its layout implies.
 */
class SeedGoldenTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> every_seed_table_reads_and_scores_as_a_careful_reader_finds() throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(Seeds.file("expected.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode table : expected.get("tables")) {
            String file = table.get("file").asText();
            int index = table.get("index").asInt();
            tests.add(DynamicTest.dynamicTest(file + " table " + index + " " + table.get("project").asText(),
                    () -> verify(file, index, table)));
        }
        return tests.stream();
    }

    static ReadTable readTable(String file, int index) throws IOException {
        ReadResult result = new DisclosureReader().read(Seeds.file(file));
        assertThat(result.problems()).as("file problems").isEmpty();
        assertThat(result.tables().size()).as("tables in " + file).isGreaterThanOrEqualTo(index);
        return result.tables().get(index - 1);
    }

    private void verify(String file, int index, JsonNode x) throws IOException {
        ReadTable read = readTable(file, index);
        SelfEvaluation e = read.evaluation();
        assertThat(read.problems()).as("problems reading the table").isEmpty();
        Scheme scheme = Schemes.builtIn().forLayout(e.layout());
        assertThat(scheme.id()).isEqualTo(x.get("scheme").asText());
        ScoreSheet sheet = Schemes.builtIn().scorer(scheme).score(e);

        assertThat(e.header().project()).isEqualTo(x.get("project").asText());
        assertThat(e.header().department()).isEqualTo(x.get("department").asText());
        assertThat(e.header().unit()).isEqualTo(text(x, "unit"));
        if (x.has("year")) {
            assertThat(e.header().year()).isEqualTo(x.get("year").asInt());
        }
        assertThat(e.header().currencyUnit().label()).isEqualTo(x.get("currencyUnit").asText());

        verifyBudget(e, sheet, x.get("budget"));
        if (x.has("subItems")) {
            var items = e.funding().subItems();
            assertThat(items).hasSize(x.get("subItems").size());
            for (int k = 0; k < items.size(); k++) {
                JsonNode xi = x.get("subItems").get(k);
                assertThat(items.get(k).name()).isEqualTo(xi.get("name").asText());
                assertNumber("sub-item budget", items.get(k).budget(), xi.get("budget"));
                assertNumber("sub-item actual", items.get(k).actual(), xi.get("actual"));
            }
            assertNumber("sub-item budget sum", e.funding().subItemTotal().budget(), x.get("subItemBudgetSum"));
            assertNumber("sub-item actual sum", e.funding().subItemTotal().actual(), x.get("subItemActualSum"));
        }

        JsonNode xs = x.get("indicators");
        assertThat(e.indicators()).as("indicators").hasSize(xs.size());
        for (int k = 0; k < xs.size(); k++) {
            verifyIndicator(e.indicators().get(k), sheet.indicators().get(k), xs.get(k));
        }
        assertNumber("indicator weight sum", sheet.indicatorWeightSum(), x.get("indicatorWeightSum"));
        if (x.has("indicatorScoreSum")) {
            assertNumber("indicator score sum", sheet.indicatorScoreSum(), x.get("indicatorScoreSum"));
        }
        assertNumber("total", sheet.total(), x.get("total"));
        assertNumber("printed total", e.reportedTotal(), x.get("total"));
        if (x.get("grade").isNull()) {
            assertThat(sheet.grade()).isNull();
            assertThat(sheet.gradeBandsPublished()).isFalse();
        } else {
            assertThat(sheet.grade()).isEqualTo(x.get("grade").asText());
        }
        if (x.has("maxTotal")) {
            assertNumber("max total", e.reportedMaxTotal(), x.get("maxTotal"));
        }
    }

    private void verifyBudget(SelfEvaluation e, ScoreSheet sheet, JsonNode b) {
        if (b.has("annual")) {
            FundingRow total = e.funding().totalRow();
            assertThat(total).as("funding total row").isNotNull();
            assertNumber("initial", total.initial(), b.get("initial"));
            assertNumber("annual", total.annual(), b.get("annual"));
            assertNumber("executed", total.executed(), b.get("executed"));
            assertNumber("execution rate", sheet.budget().ratePct(), b.get("ratePct"));
            assertNumber("execution weight", sheet.budget().weight(), b.get("weight"));
            assertNumber("execution score", sheet.budget().score(), b.get("score"));
            assertNumber("printed execution score", e.funding().reportedScore(), b.get("score"));
        } else {
            var use = e.funding().use();
            assertThat(use).as("Suzhou budget use").isNotNull();
            assertNumber("initial", use.initial(), b.get("initial"));
            assertNumber("adjustment", use.adjustment(), b.get("adjustment"));
            assertNumber("allocated", use.allocated(), b.get("allocated"));
            assertNumber("unallocatedBalance", use.unallocatedBalance(), b.get("unallocatedBalance"));
            assertNumber("unallocatedRecovered", use.unallocatedRecovered(), b.get("unallocatedRecovered"));
            assertNumber("paid", use.paid(), b.get("paid"));
            assertNumber("carryOverTotal", use.carryOverTotal(), b.get("carryOverTotal"));
            assertNumber("carriedForward", use.carriedForward(), b.get("carriedForward"));
            assertNumber("recovered", use.recovered(), b.get("recovered"));
        }
    }

    private void verifyIndicator(Indicator i, IndicatorScore s, JsonNode x) {
        String what = i.name();
        assertThat(i.name()).isEqualTo(x.get("name").asText());
        assertThat(i.level1()).as(what + " level1").isEqualTo(x.get("level1").asText());
        assertThat(i.level2()).as(what + " level2").isEqualTo(text(x, "level2"));
        if (x.has("operator")) {
            Operator op = Operator.parse(x.get("operator").asText());
            assertThat(i.target().operator()).as(what + " operator").isEqualTo(op);
        } else {
            assertThat(i.target().isQuantitative()).as(what + " has no operator: qualitative").isFalse();
        }
        if (i.target().isQuantitative()) {
            assertNumber(what + " target", i.target().value(), x.get("target"));
        } else {
            assertThat(i.target().text()).as(what + " target").isEqualTo(x.get("target").asText());
        }
        assertThat(i.target().isQuantitative() ? i.target().unit() : null).as(what + " unit").isEqualTo(text(x, "unit"));
        if ("NOT_REPORTED".equals(text(x, "status"))) {
            assertThat(i.actual().isReported()).as(what + " not reported").isFalse();
            assertThat(i.actual().reason()).as(what + " reason").isNotBlank();
            assertThat(s.weight()).isNull();
            assertThat(s.score()).isNull();
            return;
        }
        assertThat(i.actual().isReported()).as(what + " reported").isTrue();
        assertActual(what, i.actual(), x.get("actual").asText());
        assertNumber(what + " weight", s.weight(), x.get("weight"));
        assertNumber(what + " printed score", i.reportedScore(), x.get("score"));
        assertNumber(what + " score", s.score(), x.get("score"));
        if (x.has("keepsReported")) {
            assertThat(s.isRecomputed()).as(what + " keeps its printed score").isFalse();
        } else if (i.target().isQuantitative()) {
            assertThat(s.isRecomputed()).as(what + " recomputed by rule").isTrue();
        }
    }

    /** The expected actual is the printed value; "90" and "90%" name the same number. */
    private static void assertActual(String what, Actual actual, String expected) {
        BigDecimal n = org.jixiao.core.text.Numbers.parse(expected);
        if (n != null && actual.value() != null && actual.sign() == null) {
            assertThat(actual.value()).as(what + " actual").isEqualByComparingTo(n);
        } else {
            assertThat(actual.text()).as(what + " actual").isEqualTo(expected);
        }
    }

    private static void assertNumber(String what, BigDecimal actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual).as(what).isEqualByComparingTo(new BigDecimal(expected.asText()));
    }

    private static String text(JsonNode x, String field) {
        return x.has(field) && !x.get(field).isNull() ? x.get(field).asText() : null;
    }
}
