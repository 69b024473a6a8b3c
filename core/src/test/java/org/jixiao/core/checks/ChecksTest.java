package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

/** The registry, the order of findings, and the two message bundles kept in step. */
class ChecksTest {

    private static final List<String> REQUIRED = List.of(
            "ARITHMETIC_EXECUTION_RATE", "ARITHMETIC_EXECUTION_SCORE", "ARITHMETIC_FUNDING_SUBROWS", "ARITHMETIC_SUBITEMS",
            "ARITHMETIC_BUDGET_USE", "ARITHMETIC_INDICATOR_SCORE", "ARITHMETIC_INDICATOR_SUM", "ARITHMETIC_TOTAL",
            "ARITHMETIC_GRADE", "WEIGHTS_NOT_SUMMING", "WEIGHTS_SCORE_ABOVE_WEIGHT", "WEIGHTS_NEGATIVE",
            "ACTUAL_MISSING_NO_REASON", "ACTUAL_NOT_NUMERIC", "ACTUAL_RESTATES_TARGET", "UNMET_NO_REASON",
            "OVER_ACHIEVEMENT_UNEXPLAINED", "VAGUE_TARGET", "MISCLASSIFIED", "EXECUTION_COUNTED_TWICE",
            "FUNDS_ARRIVAL_MISMATCH", "INDICATORS_CHANGED_AT_EVALUATION", "OPERATOR_ASSUMED", "GRADE_BANDS_UNSET",
            "ADJUSTED_AFTER_SUBMISSION");

    @Test
    void the_re_check_raises_every_code_of_the_rules() {
        assertThat(Checks.codes(Checks.all())).containsAll(REQUIRED).doesNotHaveDuplicates();
    }

    @Test
    void scoring_shows_arithmetic_unscorable_actuals_and_assumptions_only() {
        List<String> codes = Checks.codes(Checks.forScoring());

        assertThat(codes).filteredOn(c -> !c.startsWith("ARITHMETIC_")).containsExactlyInAnyOrder(
                "ACTUAL_NOT_NUMERIC", "ACTUAL_RESTATES_TARGET", "ACTUAL_MISSING_NO_REASON", "OPERATOR_ASSUMED", "GRADE_BANDS_UNSET");
        assertThat(codes).containsAll(REQUIRED.stream().filter(c -> c.startsWith("ARITHMETIC_")).toList());
        assertThat(Checks.all()).containsAll(Checks.forScoring());
    }

    @Test
    void findings_come_table_first_then_indicators_in_printed_order() {
        List<Finding> f = Checks.run(Checks.all(), SeedTables.minhang1().context());

        List<Integer> indexes = f.stream().map(x -> x.place().indicatorIndex()).toList();
        assertThat(indexes).isSorted();
        assertThat(f.get(0).code()).isEqualTo("ARITHMETIC_FUNDING_SUBROWS");
    }

    @Test
    void a_check_that_fails_on_a_table_it_did_not_expect_lists_a_notice_in_place_of_its_findings_and_the_others_still_run() {
        Check failing = new Check() {
            @Override
            public List<String> codes() {
                return List.of("NEVER");
            }

            @Override
            public void check(CheckContext context, List<Finding> out) {
                out.add(Finding.of("NEVER", Severity.ERROR, Place.table(0)));
                throw new IllegalStateException("unexpected table");
            }
        };
        CheckContext stale = SeedTables.yunnan13().total("50.00").context();
        List<Finding> found = Checks.run(List.of(failing, new TotalArithmetic()), stale);

        assertThat(found).extracting(Finding::code).containsExactly(Checks.CHECK_INCOMPLETE, "ARITHMETIC_TOTAL");
        assertThat(found.get(0).severity()).isEqualTo(Severity.NOTICE);
        assertThat(found.get(0).message(Locale.CHINESE)).contains("IllegalStateException");
        assertThat(found.get(0).message(Locale.ENGLISH)).contains("could not finish");
    }

    @Test
    void both_bundles_hold_the_same_keys_and_a_message_for_every_code() throws IOException {
        Properties zh = load("findings.properties");
        Properties en = load("findings_en.properties");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String code : Checks.codes(Checks.all())) {
            assertThat(zh.stringPropertyNames()).as(code).anyMatch(k -> k.equals(code) || k.startsWith(code + "."));
        }
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).doesNotContain("'");
            assertThat(en.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void every_finding_raised_on_the_samples_and_fixtures_renders_in_both_languages() {
        List<Finding> all = new ArrayList<>();
        for (Tables.Builder seed : SeedTables.all()) {
            all.addAll(Checks.run(Checks.all(), seed.context()));
        }
        all.addAll(Checks.run(Checks.all(), SeedTables.yunnan13().total("95.00").grade("良").sums("100.00", "85.00")
                .context()));
        assertThat(all).isNotEmpty();
        for (Finding f : all) {
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH, Locale.ROOT)) {
                String text = f.message(locale);
                assertThat(text).as(f.key()).isNotBlank().doesNotContain("{").doesNotContain("null");
            }
            assertThat(f.message(Locale.ENGLISH)).as(f.key()).isNotEqualTo(f.message(Locale.CHINESE));
        }
    }

    @Test
    void a_sparse_table_with_blanks_everywhere_never_breaks_the_re_check() {
        Indicator blank = new Indicator(null, null, null, null, null, null, null, null, 0);
        Indicator noWeight = new Indicator("产出指标", "数量指标", "考点数量", Target.parse(">=8个"), Actual.reported("9"),
                null, null, null, 0);
        Indicator notReported = new Indicator("满意度指标", null, "满意度", Target.parse(">=90%"), Actual.notReported("无", null),
                null, null, null, 0);
        for (Tables.Builder table : List.of(Tables.national().noFunding(), Tables.suzhou(),
                Tables.national().funding(null, null, null, null, null, null), Tables.suzhou().use(null, null, null, null,
                        null, null, null, null, null).subItemTotal(null, null))) {
            SelfEvaluation e = table.indicator(blank).indicator(noWeight).indicator(notReported).build();
            for (var scheme : List.of(Tables.NATIONAL, Tables.SUZHOU)) {
                List<Finding> f = Checks.run(Checks.all(), CheckContext.scored(e, scheme)
                        .withDeclared(List.of(blank, noWeight)));
                f.forEach(x -> x.message(Locale.ENGLISH));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Checks.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
