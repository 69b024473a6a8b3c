package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.evaluation.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemes are data: the built-in ones load, a bad scheme file is refused with a message that says what is wrong. */
class SchemesTest {
    @TempDir
    Path dir;

    @Test
    void the_built_in_schemes_are_national_2020_by_default_and_suzhou_2023() {
        Schemes schemes = Schemes.builtIn();
        assertThat(schemes.all()).extracting(Scheme::id).containsExactly("national-2020", "suzhou-2023", "mof-legacy", "exec20",
                "sichuan-integrated-2023", "department-common");
        assertThat(schemes.defaultScheme().id()).isEqualTo("national-2020");
        assertThat(schemes.forLayout("suzhou").id()).isEqualTo("suzhou-2023");
        assertThat(schemes.forLayout("national").id()).isEqualTo("national-2020");
        assertThat(schemes.forLayout("unheard-of").id()).isEqualTo("national-2020");
        assertThat(schemes.forLayout("department").id()).isEqualTo("department-common");
    }

    @Test
    void the_national_scheme_holds_the_2020_defaults() {
        Scheme n = Fixtures.NATIONAL;
        assertThat(n.maxTotal()).isEqualByComparingTo("100");
        assertThat(n.indicatorWeightTotal()).isEqualByComparingTo("90");
        assertThat(n.scale()).isEqualTo(2);
        assertThat(n.budgetExecution().defaultWeight()).isEqualByComparingTo("10");
        assertThat(n.categoryWeights()).containsOnlyKeys(Category.OUTPUT, Category.BENEFIT, Category.SATISFACTION);
        assertThat(n.categoryWeights().get(Category.OUTPUT)).isEqualByComparingTo("50");
        assertThat(n.overAchievementRatio()).isEqualByComparingTo("1.2");
        assertThat(n.reverseFormula()).isEqualTo(Scheme.ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE);
        assertThat(n.displayName("zh")).contains("2020");
    }

    @Test
    void the_suzhou_scheme_holds_its_80_point_form() {
        Scheme s = Fixtures.SUZHOU;
        assertThat(s.maxTotal()).isEqualByComparingTo("80");
        assertThat(s.scoresBudget()).isFalse();
        assertThat(s.equalShare().points()).isEqualByComparingTo("55");
        assertThat(s.completionBands().upperFor(Category.OUTPUT)).isEqualByComparingTo("130");
        assertThat(s.completionBands().upperFor(Category.BENEFIT)).isEqualByComparingTo("200");
        assertThat(s.completionBands().upperFor(Category.SATISFACTION)).isEqualByComparingTo("200");
        assertThat(s.completionBands().upperFor(Category.OTHER)).isEqualByComparingTo("130");
        assertThat(s.qualitativeWords()).containsOnlyKeys("好", "较好", "一般", "较差", "差");
    }

    @Test
    void an_unknown_scheme_id_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> Schemes.builtIn().get("guangxi-2021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guangxi-2021")
                .hasMessageContaining("national-2020");
    }

    @Test
    void a_scheme_file_with_an_unknown_field_is_refused_naming_the_field() throws IOException {
        Path file = hebeiWith("\"scale\": 0,", "\"scale\": 0, \"roundingMode\": \"HALF_UP\",");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("评分方案文件有误")
                .hasMessageContaining("roundingMode");
    }

    @Test
    void a_scheme_file_naming_an_unknown_rule_is_refused_naming_the_rule() throws IOException {
        Path file = hebeiWith("\"reverse\", \"at-least\"", "\"reverse\", \"at-least-or-more\"");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hebei-2019")
                .hasMessageContaining("unknown rule \"at-least-or-more\"")
                .hasMessageContaining("known:");
    }

    @Test
    void a_scheme_file_with_grade_bands_out_of_order_is_refused() throws IOException {
        Path file = hebeiWith("{\"grade\": \"良\", \"min\": 70}", "{\"grade\": \"良\", \"min\": 85}");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hebei-2019")
                .hasMessageContaining("grade bands must be listed highest first")
                .hasMessageContaining("等级须从高到低排列");
    }

    @Test
    void a_scheme_file_with_two_bands_on_one_bound_is_refused() throws IOException {
        Path file = hebeiWith("{\"grade\": \"良\", \"min\": 70}", "{\"grade\": \"良\", \"min\": 80}");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file))).hasMessageContaining("highest first");
    }

    @Test
    void a_scheme_file_whose_lowest_grade_band_does_not_start_at_0_is_refused_naming_the_file_and_field() throws IOException {
        Path file = hebeiWith("{\"grade\": \"差\", \"min\": 0}", "{\"grade\": \"差\", \"min\": 50}");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("\"gradeBands\"")
                .hasMessageContaining("must start at 0")
                .hasMessageContaining("须从 0 分起");
    }

    @Test
    void a_scheme_file_without_an_id_is_refused() throws IOException {
        Path file = hebeiWith("\"id\": \"hebei-2019\",", "");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"id\" is missing");
    }

    @Test
    void a_scheme_file_with_an_unknown_rounding_is_refused() throws IOException {
        Path file = hebeiWith("\"rounding\": \"HALF_UP\"", "\"rounding\": \"HALF_AWAY\"");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("评分方案文件有误")
                .hasMessageContaining("HALF_AWAY");
    }

    @Test
    void a_scheme_file_that_is_not_json_is_refused() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"id\": \"broken\", ", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void a_missing_scheme_file_is_reported_with_its_path() {
        Path file = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("nowhere.json");
    }

    @Test
    void a_banded_scheme_without_its_bands_is_refused() throws IOException {
        Path file = hebeiWith("\"reverse\", \"at-least\"", "\"completion-band\"");
        assertThatThrownBy(() -> Schemes.withFiles(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("completionBands");
    }

    @Test
    void a_file_scheme_with_a_built_in_id_replaces_it() throws IOException {
        Path file = hebeiWith("\"id\": \"hebei-2019\"", "\"id\": \"national-2020\"");
        Schemes schemes = Schemes.withFiles(List.of(file));
        assertThat(schemes.defaultScheme().scale()).isZero();
        assertThat(Schemes.builtIn().defaultScheme().scale()).isEqualTo(2);
    }

    private Path hebeiWith(String from, String to) throws IOException {
        String json = Files.readString(Fixtures.hebeiFile(), StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        Path file = dir.resolve("scheme.json");
        Files.writeString(file, json.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }
}
