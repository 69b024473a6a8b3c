package org.jixiao.server.org;

/**
 * Which organisations a role can belong to: a 填报人 fills for a unit or a department (its department-wide table),
 * a 主管部门审核人 reviews for a department, a 财政复核人 re-checks for a finance bureau; an administrator may stand
 * anywhere or nowhere. Every other combination is refused with its reason.
 */
public final class RoleFit {
    private RoleFit() {
    }

    /** The message key of the refusal, or null where the role fits. */
    public static String refusal(Role role, Organisation organisation) {
        if (role == Role.ADMIN) {
            return null;
        }
        if (organisation == null) {
            return "admin.refused.organisationRequired";
        }
        boolean fits = switch (role) {
            case FILLER -> organisation.kind() == OrgKind.UNIT || organisation.kind() == OrgKind.DEPARTMENT;
            case DEPT_REVIEWER -> organisation.kind() == OrgKind.DEPARTMENT;
            case FINANCE_REVIEWER -> organisation.kind() == OrgKind.FINANCE_BUREAU;
            case ADMIN -> true;
        };
        return fits ? null : "admin.refused.roleDoesNotFit." + role.name();
    }
}
