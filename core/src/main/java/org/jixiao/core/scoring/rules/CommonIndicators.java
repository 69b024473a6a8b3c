package org.jixiao.core.scoring.rules;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Text;

/**
 * Finds an indicator in a scheme's fixed tree of common indicators by its 三级 name. Published tables decorate the
 * names (“三公”经费变动率, 在职人员控制率（%）), so white space, quotes and brackets are ignored and the tree's
 * name need only be contained in the table's. Every indicator scored is looked up, so names already seen are
 * remembered (a bounded number of them: the tree is fixed, the names are not).
 */
public final class CommonIndicators {
    /** Names seen are remembered up to this many (a batch of tables repeats its names); past it, looked up each time. */
    private static final int REMEMBERED = 4096;
    private static final Scheme.CommonIndicator NONE = new Scheme.CommonIndicator(null, "", null, null, null);
    private final Scheme.CommonIndicator[] tree;
    private final String[] keys;
    private final ConcurrentHashMap<String, Scheme.CommonIndicator> seen = new ConcurrentHashMap<>();

    public CommonIndicators(List<Scheme.CommonIndicator> tree) {
        this.tree = tree.toArray(Scheme.CommonIndicator[]::new);
        this.keys = new String[this.tree.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = plain(Text.key(this.tree[k].name()));
        }
    }

    /** The common indicator the row is, or null. */
    public Scheme.CommonIndicator find(Indicator i) {
        if (tree.length == 0) {
            return null;
        }
        String name = i.name();
        Scheme.CommonIndicator known = seen.get(name);
        if (known == null) {
            known = lookUp(name);
            if (seen.size() < REMEMBERED) {
                seen.put(name, known);
            }
        }
        return known == NONE ? null : known;
    }

    private Scheme.CommonIndicator lookUp(String name) {
        for (int k = 0; k < tree.length; k++) {
            if (contains(name, keys[k])) {
                return tree[k];
            }
        }
        return NONE;
    }

    /**
     * Whether the name holds the key, decorations in the name skipped. Asked of every indicator scored, so it starts
     * only where the key's first character occurs (an intrinsic search) and allocates nothing.
     */
    private static boolean contains(String name, String key) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        for (int from = name.indexOf(first); from >= 0; from = name.indexOf(first, from + 1)) {
            if (matchesAt(name, from, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String name, int at, String key) {
        int k = 0;
        for (int n = at; n < name.length() && k < key.length(); n++) {
            char c = name.charAt(n);
            if (c == key.charAt(k)) {
                k++;
            } else if (!isDecoration(c)) {
                return false;
            }
        }
        return k == key.length();
    }

    /** The tree's name without white space, quotes, brackets and per-cent signs. */
    private static String plain(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            if (!isDecoration(name.charAt(k))) {
                b.append(name.charAt(k));
            }
        }
        return b.toString();
    }

    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’'
                || c == '「' || c == '」' || c == '(' || c == ')' || c == '（' || c == '）' || c == '%' || c == '％';
    }
}
