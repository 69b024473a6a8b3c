package org.jixiao.server.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The identities of a self-evaluation's indicator rows across a save (indicator.row_key): a row the form carried keeps
 * its key wherever it moved; a new row (no key, or a key the evaluation never had, or one given twice) gets one the
 * evaluation has not used. A save that names no keys (the API, an import) keeps the stored rows' keys by position.
 */
final class RowKeys {
    private RowKeys() {
    }

    static List<Integer> byPosition(int rows) {
        List<Integer> keys = new ArrayList<>(rows);
        for (int k = 0; k < rows; k++) {
            keys.add(k);
        }
        return keys;
    }

    /**
     * @param before the keys stored, in their order
     * @param given  the keys the form carried per row (null entries for new rows), or null when it carried none
     */
    static List<Integer> after(List<Integer> before, List<Integer> given, int rows) {
        int next = before.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Set<Integer> known = new HashSet<>(before);
        Set<Integer> taken = new HashSet<>();
        List<Integer> keys = new ArrayList<>(rows);
        for (int k = 0; k < rows; k++) {
            Integer key = given == null ? (k < before.size() ? before.get(k) : null) : k < given.size() ? given.get(k) : null;
            if (key == null || !known.contains(key) || !taken.add(key)) {
                key = next++;
                taken.add(key);
            }
            keys.add(key);
        }
        return keys;
    }
}
