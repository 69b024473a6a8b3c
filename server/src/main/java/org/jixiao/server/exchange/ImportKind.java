package org.jixiao.server.exchange;

/** What a bulk import brings: self-evaluation tables, or filled monitoring tables (项目支出绩效目标执行监控表). */
public enum ImportKind { EVALUATIONS, MONITORING }
