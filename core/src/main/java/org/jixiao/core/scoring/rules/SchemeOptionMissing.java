package org.jixiao.core.scoring.rules;

import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Messages;

/** A scheme lists a rule kind without the option it needs: refused naming both, in Chinese and English. */
final class SchemeOptionMissing {
    private SchemeOptionMissing() {
    }

    static IllegalArgumentException of(Scheme scheme, String rule, String field) {
        return new IllegalArgumentException(Messages.CORE.bothEnglishFirst("scheme.option_missing", scheme.id(), rule, field));
    }
}
