package org.jixiao.server.org;

/** What a person does in the self-evaluation. */
public enum Role {
    /** 填报人: fills in the unit's evaluations and submits them */
    FILLER,
    /** 主管部门审核人: approves or returns what the units under the department submit */
    DEPT_REVIEWER,
    /** 财政复核人: re-checks what the departments approved, and publishes */
    FINANCE_REVIEWER,
    /** 系统管理员 */
    ADMIN
}
