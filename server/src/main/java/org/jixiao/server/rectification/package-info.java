/**
 * 整改 (lifecycle §6) in the web application: finance drafts a notice from a source (a reviewed monitoring report, a
 * self-evaluation, a re-check finding), issues it to the unit, the unit answers with feedback, finance accepts or
 * returns it — the core's {@link org.jixiao.core.results.Rectification} deciding which step its state allows. Every
 * change and step is one version (the documents' locking) and one entry of the documents' history. Depends on
 * monitoring, document, org and common; nothing depends on it.
 */
package org.jixiao.server.rectification;
