package org.jixiao.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk import jobs in the database (migration V31): the job, its files as uploaded until it ends, and the
 * report of each file once stored. What every node reads to show a job's progress and report.
 */
@Repository
class ImportJobStore {
    /** A job's row. */
    record Row(String id, long ownerId, long organisationId, Integer defaultYear, int total, int attempts, Instant created,
               Instant finished, ImportKind kind) {
        boolean isFinished() {
            return finished != null;
        }
    }

    /** Reads a stored file. */
    interface FileReader {
        void read(String name, InputStream content) throws IOException;
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void create(String id, ImportKind kind, long ownerId, long organisationId, Integer defaultYear) {
        jdbc.sql("""
                INSERT INTO import_job (id, kind, owner_id, organisation_id, default_year, created_at)
                VALUES (:id, :k, :o, :org, :y, :t)""")
                .param("id", id).param("k", kind.name()).param("o", ownerId).param("org", organisationId).param("y", defaultYear)
                .param("t", Timestamp.from(Instant.now())).update();
    }

    void addFile(String id, int seq, String name, InputStream content, long size) {
        template.update("INSERT INTO import_job_file (job_id, seq, name, content) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, id);
            ps.setInt(2, seq);
            ps.setString(3, name);
            ps.setBinaryStream(4, content, size);
        });
    }

    /** The files in the order they came, each handed to the reader while its row is read. */
    void readFiles(String id, FileReader reader) {
        template.query("SELECT name, content FROM import_job_file WHERE job_id = ? ORDER BY seq", rs -> {
            try (InputStream in = rs.getBinaryStream(2)) {
                reader.read(rs.getString(1), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, id);
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT id, owner_id, organisation_id, default_year, total, attempts, created_at, finished_at, "
                        + "kind FROM import_job WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), (Integer) rs.getObject(4, Integer.class),
                        rs.getInt(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), ImportKind.valueOf(rs.getString(9))))
                .optional();
    }

    /** Jobs the person has waiting or running, on any node. */
    long unfinished(long ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM import_job WHERE owner_id = :o AND finished_at IS NULL")
                .param("o", ownerId).query(Long.class).single();
    }

    /** One more execution starts on the node; the number of executions so far, this one included. */
    int startAttempt(String id, String node) {
        jdbc.sql("UPDATE import_job SET attempts = attempts + 1, node = :n WHERE id = :id").param("n", node).param("id", id).update();
        return jdbc.sql("SELECT attempts FROM import_job WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    void setTotal(String id, int total) {
        jdbc.sql("UPDATE import_job SET total = :t WHERE id = :id").param("t", total).param("id", id).update();
    }

    /** Called in the transaction of the file's tables. */
    void addReport(String id, int seq, ImportReport.File report) {
        jdbc.sql("INSERT INTO import_job_report (job_id, seq, report) VALUES (:id, :s, :r)")
                .param("id", id).param("s", seq).param("r", json.writeValueAsString(report)).update();
    }

    Set<Integer> reported(String id) {
        return new HashSet<>(jdbc.sql("SELECT seq FROM import_job_report WHERE job_id = :id").param("id", id)
                .query(Integer.class).list());
    }

    List<ImportReport.File> reports(String id) {
        return jdbc.sql("SELECT report FROM import_job_report WHERE job_id = :id ORDER BY seq").param("id", id)
                .query((rs, n) -> json.readValue(rs.getString(1), ImportReport.File.class)).list();
    }

    /** The job is done: its files are no longer needed. */
    void finish(String id) {
        jdbc.sql("UPDATE import_job SET finished_at = :t WHERE id = :id AND finished_at IS NULL")
                .param("t", Timestamp.from(Instant.now())).param("id", id).update();
        jdbc.sql("DELETE FROM import_job_file WHERE job_id = :id").param("id", id).update();
    }

    /** Forgets the jobs that ended before the time, with their reports. */
    int forgetFinishedBefore(Instant t) {
        Timestamp before = Timestamp.from(t);
        jdbc.sql("DELETE FROM import_job_report WHERE job_id IN (SELECT id FROM import_job WHERE finished_at < :t)")
                .param("t", before).update();
        jdbc.sql("DELETE FROM import_job_file WHERE job_id IN (SELECT id FROM import_job WHERE finished_at < :t)")
                .param("t", before).update();
        return jdbc.sql("DELETE FROM import_job WHERE finished_at < :t").param("t", before).update();
    }
}
