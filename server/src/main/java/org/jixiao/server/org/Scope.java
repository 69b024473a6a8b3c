package org.jixiao.server.org;

/**
 * What a user may see: the subtree of their organisation, as a LIKE pattern on {@code organisation.path}. Every
 * query of evaluations and organisations takes one. Failing closed: a user without an organisation (and who is
 * not an administrator) gets {@link #NOTHING}, which matches no path.
 *
 * @param pathPattern a LIKE pattern over organisation paths
 */
public record Scope(String pathPattern) {

    /** Matches no organisation: paths are never empty. */
    public static final Scope NOTHING = new Scope("");
    /** Every organisation: administrators only. */
    public static final Scope EVERYTHING = new Scope("/%");

    public Scope {
        if (pathPattern == null || !(pathPattern.isEmpty() || pathPattern.matches("/([0-9]+/)*%"))) {
            throw new IllegalArgumentException("not a scope pattern: " + pathPattern);
        }
    }

    public static Scope subtreeOf(String path) {
        return path == null || path.isEmpty() ? NOTHING : new Scope(path + "%");
    }

    public boolean contains(String path) {
        if (pathPattern.isEmpty() || path == null) {
            return false;
        }
        return path.startsWith(pathPattern.substring(0, pathPattern.length() - 1));
    }
}
