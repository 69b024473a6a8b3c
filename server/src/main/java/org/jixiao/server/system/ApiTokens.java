package org.jixiao.server.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens for scripts. Only the SHA-256 of a token is stored; the token is shown once, when it is made. */
@Repository
public class ApiTokens {
    public record TokenInfo(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a token for the user and returns it in clear, the only time it exists so. */
    public String issue(long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "jx_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (:u, :n, :h, :now)")
                .param("u", userId).param("n", name).param("h", hash(token)).param("now", OffsetDateTime.now()).update();
        return token;
    }

    /**
     * The enabled user a token belongs to, with their organisation's place in the tree. Every API request asks, so
     * it is one query (a SHA-256 and three primary-key lookups), never a password hash.
     */
    public Optional<CurrentUser> userOf(String token) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.role, o.id AS organisation_id, o.name, o.path
                FROM api_token t JOIN app_user u ON u.id = t.user_id LEFT JOIN organisation o ON o.id = u.organisation_id
                WHERE t.token_hash = :h AND u.enabled""")
                .param("h", hash(token))
                .query((rs, n) -> {
                    long org = rs.getLong("organisation_id");
                    Long organisationId = rs.wasNull() ? null : org;
                    return new CurrentUser(rs.getLong("id"), rs.getString("username"), null, rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")), organisationId, rs.getString("name"), rs.getString("path"), false);
                })
                .optional();
    }

    public List<TokenInfo> list(long userId) {
        return jdbc.sql("SELECT id, name, created_at, last_used_at FROM api_token WHERE user_id = :u ORDER BY id")
                .param("u", userId)
                .query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    public void revoke(long userId, long tokenId) {
        jdbc.sql("DELETE FROM api_token WHERE id = :id AND user_id = :u").param("id", tokenId).param("u", userId).update();
    }

    static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
