package org.jixiao.server.evaluation;

import java.util.HashSet;
import java.util.Set;
import org.jixiao.core.checks.AnsweredByDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which rows of a self-evaluation have 佐证材料 on file (the attachment package keeps the files): what
 * {@link Scored#withEvidence} needs to answer the findings that ask for a document.
 */
@Component
public class EvidenceRows {
    /** Stands for a file on the whole table. */
    public static final int TABLE = AnsweredByDocument.TABLE;
    private final JdbcClient jdbc;

    EvidenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Integer> of(long evaluationId) {
        Set<Integer> rows = new HashSet<>();
        // a file names its row by identity (V54); one whose row was deleted counts as the table's
        jdbc.sql("""
                        SELECT DISTINCT i.position FROM attachment a
                        LEFT JOIN indicator i ON i.evaluation_id = a.document_id AND i.row_key = a.indicator_key
                        WHERE a.document_kind = 'EVALUATION' AND a.document_id = :id""")
                .param("id", evaluationId)
                .query(rs -> {
                    int p = rs.getInt(1);
                    rows.add(rs.wasNull() ? TABLE : p);
                });
        return rows;
    }
}
