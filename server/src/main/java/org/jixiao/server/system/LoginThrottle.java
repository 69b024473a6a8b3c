package org.jixiao.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code max-failures} wrong passwords for a user name within the lock period, that name
 * is locked for the period, whatever password is tried. Kept in memory: a restart forgets it.
 */
@Component
public class LoginThrottle {
    private record Failures(int count, Instant first) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock = Clock.systemUTC();

    public LoginThrottle(@Value("${jixiao.login.max-failures:5}") int maxFailures,
                         @Value("${jixiao.login.lock-minutes:15}") int lockMinutes) {
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null) {
            return false;
        }
        if (f.first.plus(lock).isBefore(clock.instant())) {
            failures.remove(key(username));
            return false;
        }
        return f.count >= maxFailures;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        Instant now = clock.instant();
        failures.compute(key(name), (k, f) -> f == null || f.first.plus(lock).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count + 1, f.first));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
