package org.jixiao.formats.text;

import com.ibm.icu.text.Transliterator;

/** Tables published in traditional characters are read in simplified ones, so the same vocabulary applies. */
final class Script {
    /** Characters of the form's vocabulary that only traditional script writes this way. */
    private static final String TRADITIONAL_MARKERS = "項績評預數執資級標質時產滿總單門實際額當財撥結轉劃務經濟會續優說況達進類權決過稱業開萬為審報發據個點應統維護運營無備註體準範規節約";
    private static final int MIN_MARKERS = 5;

    private Script() {
    }

    static boolean isTraditional(String text) {
        int found = 0;
        for (int i = 0; i < text.length() && found < MIN_MARKERS; i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && TRADITIONAL_MARKERS.indexOf(c) >= 0) {
                found++;
            }
        }
        return found >= MIN_MARKERS;
    }

    static String toSimplified(String text) {
        // Transliterator instances keep no state between calls of transliterate(String), but are not documented
        // as thread-safe: take one per call (ICU caches the compiled rules).
        return Transliterator.getInstance("Traditional-Simplified").transliterate(text);
    }
}
