package org.jixiao.server.org;

/** A person who signs in. The password is kept only as a bcrypt hash. */
public record User(long id, String username, String passwordHash, String displayName, Role role, Long organisationId,
                   boolean enabled) {
}
