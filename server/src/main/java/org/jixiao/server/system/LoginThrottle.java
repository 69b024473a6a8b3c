package org.jixiao.server.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Login throttling by account and source: after {@code max-failures} wrong passwords for a user name from one
 * address within the lock period, that name is locked for the period from that address, whatever password is
 * tried. Locking the name alone would let anyone lock anyone out — the administrator included — with five guesses;
 * the owner signing in from their own address is not stopped by guesses made elsewhere. Kept in the database
 * ({@code login_failure}), so every node behind a load balancer counts the same failures.
 */
@Component
public class LoginThrottle {
    private record Failures(int count, Instant first) {
    }

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock = Clock.systemUTC();

    public LoginThrottle(JdbcClient jdbc, @Value("${jixiao.login.max-failures:5}") int maxFailures,
                         @Value("${jixiao.login.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** Whether the name is locked for the request being served (its source address). */
    public boolean isLocked(String username) {
        String key = key(username);
        Optional<Failures> f = find(key);
        if (f.isEmpty()) {
            return false;
        }
        if (f.get().first.plus(lock).isBefore(clock.instant())) {
            forget(key);
            return false;
        }
        return f.get().count >= maxFailures;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String key = key(String.valueOf(event.getAuthentication().getName()));
        Instant now = clock.instant();
        Optional<Failures> f = find(key);
        if (f.isPresent() && !f.get().first.plus(lock).isBefore(now)) {
            jdbc.sql("UPDATE login_failure SET failures = failures + 1 WHERE account_source = :k").param("k", key).update();
            return;
        }
        forget(key);
        try {
            jdbc.sql("INSERT INTO login_failure (account_source, failures, first_at) VALUES (:k, 1, :t)")
                    .param("k", key).param("t", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            // another node counted a failure of the same name and address at the same moment
            jdbc.sql("UPDATE login_failure SET failures = failures + 1 WHERE account_source = :k").param("k", key).update();
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        forget(key(event.getAuthentication().getName()));
    }

    private Optional<Failures> find(String key) {
        return jdbc.sql("SELECT failures, first_at FROM login_failure WHERE account_source = :k").param("k", key)
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant())).optional();
    }

    private void forget(String key) {
        jdbc.sql("DELETE FROM login_failure WHERE account_source = :k").param("k", key).update();
    }

    /** The name and the address of the request being served: sign-in events are published on the request's thread. */
    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        String key = name + "@" + source();
        return key.length() > 400 ? key.substring(0, 400) : key;
    }

    private static String source() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? String.valueOf(a.getRequest().getRemoteAddr()) : "";
    }
}
