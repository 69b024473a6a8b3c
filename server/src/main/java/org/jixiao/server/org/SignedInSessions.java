package org.jixiao.server.org;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a person is signed in with, on every node (they are kept in the database). A person disabled, or
 * given another role or organisation, is signed out of all of them at once: a session holds the role and scope it
 * was signed in with, and must not keep them after an administrator took them away.
 */
@Component
public class SignedInSessions {
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the person; they sign in again with what they now are. */
    public void endAllOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
