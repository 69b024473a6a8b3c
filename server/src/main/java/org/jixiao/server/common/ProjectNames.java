package org.jixiao.server.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A project's name as people type it again into a workbook: the same project whatever its spaces and whatever the
 * width of its brackets, letters and digits (（2024年） and (2024年), ＡＩ and AI). Names are compared so, never stored so.
 */
public final class ProjectNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ProjectNames() {
    }

    /** The name with compatibility forms folded (NFKC: the ideographic space becomes a space) and every space gone. */
    public static String key(String name) {
        return name == null ? "" : SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
