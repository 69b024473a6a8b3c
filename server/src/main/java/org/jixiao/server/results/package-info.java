/**
 * 结果应用 (lifecycle §5) in the web application: each reviewed self-evaluation's final result (the core's
 * {@link org.jixiao.core.assessment.Assessment#result()}, finance's re-check first) mapped by the
 * {@link org.jixiao.core.results.ResultsPolicy} to an action and a suggested cut; and the verdict on declaring a
 * project again ({@link org.jixiao.core.results.NextDeclarationGate}), which the declarations ask through their
 * {@link org.jixiao.server.declaration.LastYearCheck}. Depends on declaration, evaluation, org and common; nothing
 * depends on it.
 */
package org.jixiao.server.results;
