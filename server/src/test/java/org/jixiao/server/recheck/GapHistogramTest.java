package org.jixiao.server.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class GapHistogramTest {

    @Test
    void the_bins_of_a_gap_are_the_same_five_in_every_summary_each_empty_at_first() {
        assertThat(GapHistogram.empty()).containsExactly(
                entry("0–1", 0), entry("1–2", 0),
                entry("2–5", 0), entry("5–10", 0),
                entry("≥10", 0));
    }

    @Test
    void a_bin_number_the_database_gives_is_named_as_the_histogram_names_it() {
        assertThat(GapHistogram.label(0)).isEqualTo("0–1");
        assertThat(GapHistogram.label(3)).isEqualTo("5–10");
        assertThat(GapHistogram.label(4)).isEqualTo("≥10");
    }

    @Test
    void filling_one_summary_leaves_the_next_empty() {
        GapHistogram.empty().put("0–1", 7);
        assertThat(GapHistogram.empty()).containsEntry("0–1", 0);
    }
}
