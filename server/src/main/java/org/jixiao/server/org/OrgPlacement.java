package org.jixiao.server.org;

/**
 * Where an organisation may stand in the tree: a finance bureau at the top or under a finance bureau (province →
 * city → county), a department under a finance bureau, a budget unit under a department; never inside its own
 * subtree. Each refusal is a message key.
 */
public final class OrgPlacement {
    private OrgPlacement() {
    }

    public static String refusal(Organisation org, Organisation parent) {
        if (parent != null && parent.path().startsWith(org.path())) {
            return "admin.refused.moveIntoItself";
        }
        OrgKind above = parent == null ? null : parent.kind();
        boolean fits = switch (org.kind()) {
            case FINANCE_BUREAU -> above == null || above == OrgKind.FINANCE_BUREAU;
            case DEPARTMENT -> above == OrgKind.FINANCE_BUREAU;
            case UNIT -> above == OrgKind.DEPARTMENT;
        };
        return fits ? null : "admin.refused.placement." + org.kind().name();
    }
}
