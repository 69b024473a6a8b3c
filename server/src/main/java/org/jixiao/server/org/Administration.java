package org.jixiao.server.org;

import org.jixiao.server.common.ForbiddenException;

/**
 * Who may change organisations and people: administrators only. One rule for every page and upload of this package,
 * and the password rule every way of setting one shares.
 */
public final class Administration {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 200;

    private Administration() {
    }

    /** Refuses (403) anyone but an administrator. */
    static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden");
        }
    }

    /** An organisation's name (at most 200 characters) and region (at most 100), both given; else {@code admin.refused.nameAndRegion}. */
    static boolean isAcceptableOrganisation(String name, String region) {
        return name != null && region != null && !name.isBlank() && name.length() <= 200 && !region.isBlank()
                && region.length() <= 100;
    }

    /** A password long enough to keep, and not so long it is pasted junk; refused with {@code validation.password}. */
    public static boolean isAcceptablePassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD;
    }
}
