package org.jixiao.server.monitoring;

/** 部门自行监控 (every project of the scope) or 财政重点监控 (finance's chosen ones). */
public enum RoundKind {
    SELF, FINANCE
}
