package org.jixiao.formats.text;

/**
 * Some web pages extract a table as one cell per line, each line closed by the cell's {@code |} and runs of empty
 * cells as lines of pipes only ({@code ||||||}). Read as a pipe table that gives rows of one cell; read as one
 * cell per line, once the closing pipes are taken off, it gives the table.
 */
final class CellPerPipeLine {
    private CellPerPipeLine() {
    }

    /** True when most lines that hold a pipe hold one cell closed by it, or only pipes. */
    static boolean applies(String[] lines) {
        int piped = 0;
        int oneCell = 0;
        for (String l : lines) {
            String s = l.strip();
            int first = s.indexOf('|');
            if (first < 0) {
                continue;
            }
            piped++;
            if (first == s.length() - 1 || onlyPipes(s)) {
                oneCell++;
            }
        }
        return piped >= 20 && oneCell * 10 >= piped * 8;
    }

    /** The lines with their closing pipes taken off; a line of pipes only becomes an empty line. */
    static String[] unwrap(String[] lines) {
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (onlyPipes(s)) {
                out[i] = "";
            } else if (s.endsWith("|")) {
                out[i] = s.substring(0, s.length() - 1).strip();
            } else {
                out[i] = lines[i];
            }
        }
        return out;
    }

    private static boolean onlyPipes(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '|') {
                return false;
            }
        }
        return true;
    }
}
