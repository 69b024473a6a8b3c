package org.jixiao.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The comparison key is NFKC without white space, whichever way it is computed. */
class TextTest {

    /** The definition the fast path must agree with. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).chars()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> b.append((char) c));
        return b.toString();
    }

    @Test
    void full_width_labels_fold_to_the_half_width_key() {
        assertThat(Text.key("一级指标：产出指标（10分）")).isEqualTo("一级指标:产出指标(10分)");
        assertThat(Text.key("年度　总体 目标")).isEqualTo("年度总体目标");
        assertThat(Text.key("≥９０％")).isEqualTo("≥90%");
    }

    @Test
    void a_plain_key_is_the_string_itself() {
        String s = "项目名称ABC123";
        assertThat(Text.key(s)).isSameAs(s);
    }

    @Test
    void every_character_of_the_basic_plane_keys_as_nfkc_does() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = "指标" + (char) c + "值";
            assertThat(Text.key(s)).as("U+%04X", c).isEqualTo(reference(s));
        }
    }

    @Test
    void compatibility_characters_and_combining_marks_in_context_key_as_nfkc_does() {
        String pool = "a e 指标产出，：（）％１２ｍ㎡①℃ⅢＡ\u00a0\u3000\u0301\u0308\u3099か\u1100\u1161\u11a8가\ufb01\uf900"
                + "\u00a8…½ｶﾞ\ud835\udc00";
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int k = 0; k < len; k++) {
                int at = r.nextInt(pool.length());
                char c = pool.charAt(at);
                if (Character.isHighSurrogate(c) && at + 1 < pool.length()) {
                    b.append(c).append(pool.charAt(at + 1));
                } else if (!Character.isSurrogate(c)) {
                    b.append(c);
                }
            }
            String s = b.toString();
            assertThat(Text.key(s)).as(s).isEqualTo(reference(s));
        }
    }
}
