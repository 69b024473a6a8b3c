package org.jixiao.core.checks;

import java.util.List;

/** One thing a finance reviewer looks for. Implementations are stateless; each has its own stable code(s). */
public interface Check {

    /** The codes this check can raise. */
    List<String> codes();

    /** Adds what it finds in the evaluation to {@code out}. */
    void check(CheckContext context, List<Finding> out);
}
