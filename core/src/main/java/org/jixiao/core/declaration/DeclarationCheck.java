package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;

/** One thing a reviewer looks for in a declaration (lifecycle §1). Stateless; each has its own stable code. */
public interface DeclarationCheck {

    List<String> codes();

    void check(DeclarationContext context, List<Finding> out);
}
