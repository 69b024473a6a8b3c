package org.jixiao.server.org;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.common.ContainsPattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {
    private static final String COLUMNS = "id, username, password_hash, display_name, role, organisation_id, enabled";
    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :u").param("u", username)
                .query(this::map).optional();
    }

    public Optional<User> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public List<User> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(this::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public User create(String username, String passwordHash, String displayName, Role role, Long organisationId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name, role, organisation_id, enabled, created_at)
                VALUES (:u, :h, :d, :r, :o, TRUE, :now)""")
                .param("u", username).param("h", passwordHash).param("d", displayName).param("r", role.name())
                .param("o", organisationId).param("now", OffsetDateTime.now())
                .update(keys, "id");
        return new User(keys.getKey().longValue(), username, passwordHash, displayName, role, organisationId, true);
    }

    /** People whose username or name contains {@code q} (case-insensitive; LIKE wildcards in it are literal). */
    public List<User> search(String q) {
        if (q == null || q.isBlank()) {
            return findAll();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE LOWER(username) LIKE :p" + ContainsPattern.ESCAPE
                        + " OR LOWER(display_name) LIKE :p" + ContainsPattern.ESCAPE + " ORDER BY username")
                .param("p", ContainsPattern.of(q)).query(this::map).list();
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :h WHERE id = :id").param("h", passwordHash).param("id", id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :e WHERE id = :id").param("e", enabled).param("id", id).update();
    }

    public void updateRole(long id, Role role, Long organisationId) {
        jdbc.sql("UPDATE app_user SET role = :r, organisation_id = :o WHERE id = :id")
                .param("r", role.name()).param("o", organisationId).param("id", id).update();
    }

    private User map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long org = rs.getLong("organisation_id");
        Long orgId = rs.wasNull() ? null : org;
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), orgId, rs.getBoolean("enabled"));
    }
}
