/**
 * What every document of the performance year shares (lifecycle §7) — declarations and their adjustments now,
 * monitoring reports and rectifications later: the kind and id that name it ({@link org.jixiao.server.document.DocumentRef}),
 * the step rules ({@link org.jixiao.server.document.DocumentWorkflow}, the evaluations' vocabulary of
 * {@link org.jixiao.server.workflow.Transition}), the step record ({@link org.jixiao.server.document.DocumentSteps}) and
 * the history ({@link org.jixiao.server.document.DocumentHistory}) in the evaluations' append-only tables, and the
 * optimistic locking of status changes ({@link org.jixiao.server.document.DocumentStatusStore}). Scope is each
 * kind's repository's: every read joins the organisation and takes the caller's {@link org.jixiao.server.org.Scope}.
 */
package org.jixiao.server.document;
