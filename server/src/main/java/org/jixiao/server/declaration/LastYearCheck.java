package org.jixiao.server.declaration;

import org.jixiao.core.declaration.Declaration;
import org.jixiao.server.org.CurrentUser;

/**
 * How the project's last year ended, asked when a declaration is filed and when it is submitted (lifecycle §5): the
 * results feature answers, so the declarations know nothing of evaluations' grades. A BLOCKED verdict refuses the
 * request with its reason; a WARNED one is shown.
 */
public interface LastYearCheck {
    /**
     * @param declaration    the declaration as filed (its project, code and year)
     * @param organisationId where it is filed
     */
    LastYearResult judge(Declaration declaration, long organisationId, CurrentUser user);
}
