package org.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.text.BundleRules;
import org.jixiao.core.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every message of the core is in a bundle, in Chinese and English: the findings', the explanations', the lights' and
 * the core's own (scheme files refused, the scheme chosen, the lifecycle's refusals). What stays in the Java is the
 * tables' vocabulary, which is data and not a message: each file below says which.
 */
class MessagesTest {
    private static final String FORM_LABELS = "the labels of rows, columns and cells as the official tables print them (where a finding points)";
    private static final String READ_WORDS = "words the rules read in a table's cells (operators, units, categories, yes/no, 无)";
    private static final String PRINTED_VALUES = "the values a form prints and stores, each with its English beside it (an enum's label)";

    static final Map<String, String> KEPT = new LinkedHashMap<>();

    static {
        KEPT.put("org/jixiao/core/evaluation/Category.java", READ_WORDS);
        KEPT.put("org/jixiao/core/evaluation/CurrencyUnit.java", READ_WORDS);
        KEPT.put("org/jixiao/core/evaluation/Funding.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/evaluation/FundingRow.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/evaluation/Indicator.java", READ_WORDS);
        KEPT.put("org/jixiao/core/evaluation/Operator.java", READ_WORDS);
        KEPT.put("org/jixiao/core/evaluation/Quantity.java", READ_WORDS);
        KEPT.put("org/jixiao/core/monitoring/DeviationCause.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/monitoring/Light.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/monitoring/Likelihood.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/monitoring/MonitoringAssessment.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/ActualMissingNoReason.java", READ_WORDS);
        KEPT.put("org/jixiao/core/checks/BudgetUseArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/ExecutionArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/ExecutionBelowNeedsReason.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/GradeArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/GradeBandsUnset.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/IndicatorSumArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/IndicatorsChangedAtEvaluation.java", READ_WORDS);
        KEPT.put("org/jixiao/core/checks/Misclassified.java", READ_WORDS);
        KEPT.put("org/jixiao/core/checks/Names.java", READ_WORDS);
        KEPT.put("org/jixiao/core/checks/SubItemArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/Term.java", FORM_LABELS + ", named in a finding in the reader's language");
        KEPT.put("org/jixiao/core/checks/TotalArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/checks/VagueTarget.java", READ_WORDS);
        KEPT.put("org/jixiao/core/checks/WeightsNotSumming.java", FORM_LABELS + " (the first-level classes as Terms)");
        KEPT.put("org/jixiao/core/results/BudgetAction.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/results/Rectification.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/declaration/FundingArithmetic.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/declaration/GoalMissing.java", FORM_LABELS);
        KEPT.put("org/jixiao/core/declaration/IndicatorChange.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/declaration/OutputIncomplete.java", READ_WORDS);
        KEPT.put("org/jixiao/core/declaration/ProjectAttribute.java", PRINTED_VALUES);
        KEPT.put("org/jixiao/core/scoring/rules/ChecklistPoints.java", READ_WORDS);
        KEPT.put("org/jixiao/core/scoring/compare/SchemeComparison.java", FORM_LABELS);
    }

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void every_bundle_of_the_core_has_every_key_and_placeholder_in_both_languages() throws IOException {
        BundleRules.bothLanguagesAgree("org/jixiao/core/messages");
        BundleRules.bothLanguagesAgree("org/jixiao/core/checks/findings");
        BundleRules.bothLanguagesAgree("org/jixiao/core/scoring/explanations");
        BundleRules.bothLanguagesAgree("org/jixiao/core/monitoring/lights");
    }

    @Test
    void every_key_the_java_names_is_in_the_bundle() throws IOException {
        assertThat(BundleRules.keysMissing(SOURCES, "org/jixiao/core/messages")).isEmpty();
    }

    @Test
    void no_chinese_message_is_written_in_the_java_outside_the_vocabulary_of_the_tables() throws IOException {
        assertThat(BundleRules.chineseLiterals(SOURCES, KEPT)).isEmpty();
        assertThat(BundleRules.keptWithoutChinese(SOURCES, KEPT)).as("files kept that no longer hold Chinese").isEmpty();
    }

    @Test
    void a_message_renders_in_the_readers_language_and_in_both_where_the_language_is_not_known() {
        assertThat(Messages.CORE.get(Locale.ENGLISH, "scheme.unknown", "x")).isEqualTo("unknown scheme \"x\"");
        assertThat(Messages.CORE.get(Locale.forLanguageTag("zh"), "scheme.unknown", "x")).isEqualTo("未知评分方案“x”");
        assertThat(Messages.CORE.get(Locale.ROOT, "monitoring.month", 2024)).isEqualTo("监控月份须在 1—12 之间：2024");
        assertThat(Messages.CORE.both("adjustment.removed", 2)).isEqualTo("调整剔除（第 2 版起） / removed by the approved adjustment of version 2");
        assertThat(Messages.CORE.get(Locale.ENGLISH, "choice.head", "exec20", Messages.nested("choice.overridden")))
                .isEqualTo("scheme exec20: chosen with --scheme");
    }

    @Test
    void the_reader_finds_literals_in_code_and_not_in_comments_or_annotations() throws IOException {
        var found = BundleRules.chineseLiterals(Path.of("src/test/resources/org/jixiao/core/text"), Map.of());
        assertThat(found).containsExactly("Sample.java:5: \"中文\"", "Sample.java:9: \"第二\"");
    }
}
