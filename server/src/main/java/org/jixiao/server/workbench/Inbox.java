package org.jixiao.server.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.org.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 站内消息: sent to people, read by them only. The menu bar shows {@link #unread} for whoever is signed in (a template
 * calls it as {@code @inbox}, only when a page draws the menu).
 */
@Component("inbox")
public class Inbox {
    private static final String COLUMNS = "id, kind, document_kind, document_id, subject, opinion, budget_year, sender_name, sent_at, read_at";
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    Inbox(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One message to each recipient, in one batch. */
    public void send(Collection<Long> recipients, Message.Kind kind, String documentKind, Long documentId, String subject,
                     String opinion, Integer year, long senderId, String senderName) {
        if (recipients.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        batches.batchUpdate("""
                INSERT INTO message (recipient_id, kind, document_kind, document_id, subject, opinion, budget_year, sender_id,
                    sender_name, sent_at)
                VALUES (:to, :kind, :dk, :di, :subject, :opinion, :year, :from, :fromName, :at)""",
                recipients.stream().map(to -> new MapSqlParameterSource("to", to).addValue("kind", kind.name())
                        .addValue("dk", documentKind).addValue("di", documentId).addValue("subject", cap(subject, 500))
                        .addValue("opinion", opinion).addValue("year", year).addValue("from", senderId)
                        .addValue("fromName", senderName).addValue("at", now)).toArray(MapSqlParameterSource[]::new));
    }

    /** How many messages the signed-in person has not opened; 0 for anyone else. */
    public long unread(Object principal) {
        if (!(principal instanceof CurrentUser user)) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE recipient_id = :me AND read_at IS NULL").param("me", user.id())
                .query(Long.class).single();
    }

    /** The person's messages, unread first, newest first. */
    public List<Message> of(CurrentUser user, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE recipient_id = :me"
                        + " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, sent_at DESC, id DESC LIMIT :limit")
                .param("me", user.id()).param("limit", limit).query(this::map).list();
    }

    /** The person's own message, marked read; empty when it is not theirs. */
    public Optional<Message> open(long id, CurrentUser user) {
        jdbc.sql("UPDATE message SET read_at = :now WHERE id = :id AND recipient_id = :me AND read_at IS NULL")
                .param("now", OffsetDateTime.now()).param("id", id).param("me", user.id()).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM message WHERE id = :id AND recipient_id = :me")
                .param("id", id).param("me", user.id()).query(this::map).optional();
    }

    public int markAllRead(CurrentUser user) {
        return jdbc.sql("UPDATE message SET read_at = :now WHERE recipient_id = :me AND read_at IS NULL")
                .param("now", OffsetDateTime.now()).param("me", user.id()).update();
    }

    private Message map(ResultSet rs, int n) throws SQLException {
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        int y = rs.getInt("budget_year");
        Integer year = rs.wasNull() ? null : y;
        return new Message(rs.getLong("id"), Message.Kind.valueOf(rs.getString("kind")), rs.getString("document_kind"),
                documentId, rs.getString("subject"), rs.getString("opinion"), year, rs.getString("sender_name"),
                rs.getObject("sent_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
    }

    private static String cap(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
