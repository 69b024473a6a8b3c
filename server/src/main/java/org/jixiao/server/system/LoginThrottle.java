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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Login throttling by account and source: after {@code max-failures} wrong passwords for a user name from one
 * address within the lock period, that name is locked for the period from that address, whatever password is
 * tried. Locking the name alone would let anyone lock anyone out — the administrator included — with five guesses;
 * the owner signing in from their own address is not stopped by guesses made elsewhere. Kept in memory: a restart
 * forgets it.
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

    /** Whether the name is locked for the request being served (its source address). */
    public boolean isLocked(String username) {
        String key = key(username);
        Failures f = failures.get(key);
        if (f == null) {
            return false;
        }
        if (f.first.plus(lock).isBefore(clock.instant())) {
            failures.remove(key);
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

    /** The name and the address of the request being served: sign-in events are published on the request's thread. */
    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return name + "@" + source();
    }

    private static String source() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? String.valueOf(a.getRequest().getRemoteAddr()) : "";
    }
}
