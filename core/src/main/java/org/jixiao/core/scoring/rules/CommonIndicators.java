package org.jixiao.core.scoring.rules;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Text;

/**
 * Finds an indicator in a scheme's fixed tree of common indicators by its 三级 name. Published tables decorate the
 * names (“三公”经费变动率, 在职人员控制率（%）), so quotes and brackets are ignored and the tree's name need only be
 * contained in the table's.
 */
public final class CommonIndicators {
    private final Scheme.CommonIndicator[] tree;
    private final String[] keys;

    public CommonIndicators(List<Scheme.CommonIndicator> tree) {
        this.tree = tree.toArray(Scheme.CommonIndicator[]::new);
        this.keys = new String[this.tree.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = plain(this.tree[k].name());
        }
    }

    /** The common indicator the row is, or null. */
    public Scheme.CommonIndicator find(Indicator i) {
        if (tree.length == 0) {
            return null;
        }
        String name = plain(i.name());
        for (int k = 0; k < tree.length; k++) {
            if (name.contains(keys[k])) {
                return tree[k];
            }
        }
        return null;
    }

    private static String plain(String name) {
        return Text.key(name).replaceAll("[\"'“”‘’「」()（）%]", "");
    }
}
