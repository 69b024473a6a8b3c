package org.jixiao.bench.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The benchmark's people, each with an API token. Passwords are hashed as the server hashes them (BCrypt) so the
 * pages can be signed into; tokens are stored as the server stores them (SHA-256 of the token, hex), shown once.
 */
final class BenchAccounts {
    record Account(long id, String username, String role, Long organisationId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    Account add(Connection c, String username, String displayName, String role, Long organisationId, String password)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO app_user (username, password_hash, display_name, role, organisation_id, enabled, created_at)
                VALUES (?, ?, ?, ?, ?, TRUE, ?) RETURNING id""")) {
            s.setString(1, username);
            s.setString(2, BCrypt.hashpw(password, BCrypt.gensalt()));
            s.setString(3, displayName);
            s.setString(4, role);
            s.setObject(5, organisationId);
            s.setObject(6, OffsetDateTime.now());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Account a = new Account(rs.getLong(1), username, role, organisationId);
                tokens.put(username, issueToken(c, a.id()));
                return a;
            }
        }
    }

    /** username → API token, in clear: the benchmark scripts need them. */
    Map<String, String> tokens() {
        return tokens;
    }

    private static String issueToken(Connection c, long userId) throws SQLException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "jx_" + HexFormat.of().formatHex(bytes);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (?, 'benchmark', ?, ?)")) {
            s.setLong(1, userId);
            s.setString(2, sha256(token));
            s.setObject(3, OffsetDateTime.now());
            s.executeUpdate();
        }
        return token;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
