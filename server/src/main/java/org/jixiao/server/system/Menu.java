package org.jixiao.server.system;

import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.org.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the navigation offers the signed-in person, from the rules the pages themselves follow ({@link Policies}).
 * Asked once per page as {@code @menu.of(#authentication)}: an access expression per link ({@code sec:authorize}) was
 * a fifth of the time of a page whose own part was kept.
 */
@Component("menu")
public class Menu {
    /** The person, and which of the links that not everyone has are theirs. */
    public record Entries(CurrentUser me, boolean review, boolean recheck, boolean results, boolean fillIn) {
    }

    /** Null for nobody signed in. */
    public Entries of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser me)) {
            return null;
        }
        boolean reviews = Policies.REVIEWS.decide(me).allowed();
        // the review queue holds the steps of one's own role; an administrator takes none of them
        return new Entries(me, reviews && !me.is(Role.ADMIN), Policies.MAY_READ_RECHECKS.decide(me).allowed(), reviews,
                Policies.FILLS_IN.decide(me).allowed());
    }
}
