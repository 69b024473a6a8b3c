package org.jixiao.core.scoring.choice;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Messages;

/**
 * The scheme a table is scored under and why: the evidence that named it, or the override asked for.
 *
 * @param scheme     the scheme
 * @param evidence   what in the table agrees with it, highest ranked first; empty when overridden
 * @param overridden true when {@code --scheme} (or the caller) chose it whatever the table says
 */
public record SchemeChoice(Scheme scheme, List<SchemeEvidence> evidence, boolean overridden) {

    public SchemeChoice {
        evidence = List.copyOf(evidence);
    }

    public static SchemeChoice overridden(Scheme scheme) {
        return new SchemeChoice(scheme, List.of(), true);
    }

    /** "方案 exec20：资金行分值 20" / "scheme exec20: the execution row's weight 20". */
    public String describe(Locale locale) {
        if (overridden) {
            return Messages.CORE.get(locale, "choice.head", scheme.id(), Messages.CORE.get(locale, "choice.overridden"));
        }
        String separator = Messages.CORE.get(locale, "choice.separator");
        StringBuilder why = new StringBuilder();
        for (SchemeEvidence e : evidence) {
            why.append(why.isEmpty() ? "" : separator).append(e.describe(locale));
        }
        return Messages.CORE.get(locale, "choice.head", scheme.id(), why);
    }
}
