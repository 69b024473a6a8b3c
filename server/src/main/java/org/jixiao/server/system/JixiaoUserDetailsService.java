package org.jixiao.server.system;

import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.User;
import org.jixiao.server.org.UserRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class JixiaoUserDetailsService implements UserDetailsService {
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final LoginThrottle throttle;

    public JixiaoUserDetailsService(UserRepository users, OrganisationRepository organisations, LoginThrottle throttle) {
        this.users = users;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        User u = users.findByUsername(username).filter(User::enabled)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toCurrentUser(u, throttle.isLocked(username));
    }

    public CurrentUser toCurrentUser(User u, boolean locked) {
        Organisation org = u.organisationId() == null ? null : organisations.findByIdUnscoped(u.organisationId()).orElse(null);
        return new CurrentUser(u.id(), u.username(), u.passwordHash(), u.displayName(), u.role(),
                org == null ? null : org.id(), org == null ? null : org.name(), org == null ? null : org.path(), locked);
    }
}
