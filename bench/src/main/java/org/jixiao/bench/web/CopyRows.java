package org.jixiao.bench.web;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format, sent in batches: COPY is an order of magnitude faster than
 * row-by-row inserts, and batching keeps the memory of 1.5 million indicators out of the heap.
 */
final class CopyRows {
    private final String table;
    private final String columns;
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private long rows;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    void add(Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                buffer.append('\t');
            }
            append(values[k]);
        }
        buffer.append('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    void flush(CopyManager copy) throws SQLException, IOException {
        if (buffer.isEmpty()) {
            return;
        }
        copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(buffer.toString()));
        buffer.setLength(0);
    }

    private void append(Object v) {
        if (v == null) {
            buffer.append("\\N");
        } else if (v instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (v instanceof Enum<?> e) {
            buffer.append(e.name());
        } else {
            String s = v.toString();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
    }
}
