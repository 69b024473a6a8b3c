package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table saved as CSV ("项目","考核内容",…,"权数") and extracted again: the quoted cells are intact, but where its records
 * ended a page's extraction may have put a line break, a space, or both — a record's end turned into a space and a
 * long record wrapped onto the next line. The records are cut each way (at line breaks, at spaces outside the quotes
 * with the line breaks a wrap, at either) and the cut kept is the one that gives most records of one width: a
 * table's records all have its header's. Empty cells stay cells, so every record's cells stand in the header's columns.
 */
final class QuotedCells {
    private static final String QUOTED_PAIR = "\",\"";
    /** So many quoted cells side by side make a CSV table, not a quotation in a sentence. */
    private static final int ENOUGH_PAIRS = 8;

    private QuotedCells() {
    }

    /** The text holds a CSV table of quoted cells. */
    static boolean applies(String text) {
        int at = text.indexOf(QUOTED_PAIR);
        int pairs = 0;
        while (at >= 0 && pairs < ENOUGH_PAIRS) {
            pairs++;
            at = text.indexOf(QUOTED_PAIR, at + QUOTED_PAIR.length());
        }
        return pairs >= ENOUGH_PAIRS;
    }

    private enum Cut { LINE_BREAKS, SPACES, EITHER }

    /** The text's rows: the lines before the table as they are, then the table's records, each a row of its cells. */
    static List<Row> rows(String text) {
        int start = text.lastIndexOf('\n', text.indexOf(QUOTED_PAIR)) + 1;
        List<Row> best = null;
        int bestScore = -1;
        for (Cut cut : Cut.values()) {
            List<Row> records = records(text, start, cut);
            int score = sameWidth(records);
            if (score > bestScore) {
                best = records;
                bestScore = score;
            }
        }
        List<Row> rows = new ArrayList<>();
        String[] before = text.substring(0, start).split("\n", -1);
        for (int i = 0; i < before.length - 1; i++) {
            if (!before[i].isBlank()) {
                rows.add(new Row(i + 1, Rows.spaceCells(before[i])));
            }
        }
        rows.addAll(best);
        return rows;
    }

    /** How many records have the most common width of those with four cells or more. */
    private static int sameWidth(List<Row> records) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Row r : records) {
            if (r.size() >= 4) {
                count.merge(r.size(), 1, Integer::sum);
            }
        }
        return count.values().stream().max(Integer::compare).orElse(0);
    }

    private static List<Row> records(String text, int start, Cut cut) {
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        int recordLine = line;
        boolean quoted = false;
        boolean any = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            boolean endsRecord = switch (cut) {
                case LINE_BREAKS -> c == '\n';
                case SPACES -> c == ' ' || c == '\u3000';
                case EITHER -> c == '\n' || c == ' ' || c == '\u3000';
            };
            if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(Rows.clean(cell.toString()));
                cell.setLength(0);
                any = true;
            } else if (endsRecord) {
                if (any) {
                    cells.add(Rows.clean(cell.toString()));
                    record(records, recordLine, cells);
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
                recordLine = line;
            } else if (!Character.isWhitespace(c)) {
                cell.append(c);
                any = true;
            }
        }
        if (any) {
            cells.add(Rows.clean(cell.toString()));
            record(records, recordLine, cells);
        }
        return records;
    }

    private static void record(List<Row> records, int line, List<String> cells) {
        Row row = new Row(line, cells, true);
        if (!row.isBlank()) {
            records.add(row);
        }
    }
}
