package org.jixiao.server.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, with their organisation's place in the tree: what {@link #scope()} is made from. */
public final class CurrentUser implements UserDetails, CredentialsContainer {
    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final String organisationName;
    private final String organisationPath;
    private final boolean locked;

    public CurrentUser(long id, String username, String passwordHash, String displayName, Role role, Long organisationId,
                       String organisationName, String organisationPath, boolean locked) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationPath = organisationPath;
        this.locked = locked;
    }

    /** The subtree this person may see; nothing when they belong to no organisation (fail closed). */
    public Scope scope() {
        if (role == Role.ADMIN) {
            return Scope.EVERYTHING;
        }
        return Scope.subtreeOf(organisationPath);
    }

    /** What of the person a list or a summary depends on: kept answers are kept per viewpoint, not per person. */
    public record Viewpoint(Scope scope, Role role, Long organisationId) {
    }

    public Viewpoint viewpoint() {
        return new Viewpoint(scope(), role, organisationId);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public Long organisationId() {
        return organisationId;
    }

    /** Among organisations to choose from, the person's own if it is one, else the first: a page's default. */
    public Optional<Organisation> ownOrFirstOf(List<Organisation> choices) {
        return choices.stream().filter(o -> Long.valueOf(o.id()).equals(organisationId)).findFirst()
                .or(() -> choices.stream().findFirst());
    }

    public String organisationName() {
        return organisationName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
