package org.jixiao.server.org;

/**
 * A node of the organisation tree.
 *
 * @param path the ids from the root, "/1/4/9/": the organisation's subtree is every path that starts with it
 */
public record Organisation(long id, Long parentId, OrgKind kind, String name, String region, OrgLevel level, String path) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
