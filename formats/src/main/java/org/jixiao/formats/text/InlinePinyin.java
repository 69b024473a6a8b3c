package org.jixiao.formats.text;

import java.util.regex.Pattern;

/**
 * Some sites print traditional characters with their pinyin after them, {@code 執(zhí)行}, {@code 指標(biāo)}: the
 * reading in parentheses is no part of the text. Only a parenthesis of Latin letters with a tone mark right after
 * a Chinese character is taken for one, so "(A)" or "(万元)" stay.
 */
final class InlinePinyin {
    private static final Pattern READING = Pattern.compile(
            "(?<=[\\u4E00-\\u9FFF])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]");

    private InlinePinyin() {
    }

    static String strip(String text) {
        if (!hasToneMark(text)) {
            return text;
        }
        return READING.matcher(text).replaceAll("");
    }

    private static boolean hasToneMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x00E0 && c <= 0x01DC && "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
