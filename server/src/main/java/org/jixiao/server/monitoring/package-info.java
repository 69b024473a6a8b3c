/**
 * 绩效运行监控 (lifecycle §4) in the web application: finance opens a round (year, month, deadline, kind) over an
 * organisation's subtree, one report per approved declaration it covers, made from the declaration's latest approved
 * version; the unit fills it with the core's lights ({@link org.jixiao.core.monitoring.MonitoringAssessment}) on every
 * save, submits it, and the department and finance review it with the documents' common steps, history and locking
 * ({@link org.jixiao.server.document}). Depends on declaration, document, org and common; exchange's bulk import of
 * filled monitoring tables uses its {@link org.jixiao.server.monitoring.MonitoringImports}.
 */
package org.jixiao.server.monitoring;
