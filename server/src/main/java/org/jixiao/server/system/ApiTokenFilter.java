package org.jixiao.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jixiao.server.org.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer jx_…} with an API token. A wrong token is refused outright. */
public class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final UserRepository users;
    private final JixiaoUserDetailsService details;

    public ApiTokenFilter(ApiTokens tokens, UserRepository users, JixiaoUserDetailsService details) {
        this.tokens = tokens;
        this.users = users;
        this.details = details;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            String token = header.substring("Bearer ".length()).strip();
            CurrentUser user = tokens.userOf(token).flatMap(users::findById)
                    .filter(u -> u.enabled()).map(u -> details.toCurrentUser(u, false)).orElse(null);
            if (user == null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid API token");
                return;
            }
            user.eraseCredentials();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        chain.doFilter(request, response);
    }
}
