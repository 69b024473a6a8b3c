package org.jixiao.core.monitoring;

import java.util.Collection;
import java.util.Locale;
import org.jixiao.core.checks.Term;

/**
 * A monitoring light (lifecycle §4). Worst first: red (far behind plan), yellow (behind), blue (ahead of plan: the
 * target may need review), green (on plan). A project's light is the worst of its lights.
 */
public enum Light {
    RED("红", "red", 3), YELLOW("黄", "yellow", 2), BLUE("蓝", "blue", 1), GREEN("绿", "green", 0);

    private final String zh;
    private final String en;
    private final int badness;

    Light(String zh, String en, int badness) {
        this.zh = zh;
        this.en = en;
        this.badness = badness;
    }

    public String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** The light as a finding's message names it, in the reader's language. */
    public Term term() {
        return new Term(zh, en);
    }

    public boolean isWorseThan(Light other) {
        return badness > other.badness;
    }

    /** The worst of the lights, green where there are none. */
    public static Light worst(Collection<Light> lights) {
        Light worst = GREEN;
        for (Light l : lights) {
            if (l.isWorseThan(worst)) {
                worst = l;
            }
        }
        return worst;
    }
}
