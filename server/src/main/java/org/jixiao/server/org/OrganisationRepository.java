package org.jixiao.server.org;

import java.util.List;
import java.util.Optional;
import org.jixiao.server.common.GlanceRevision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, always read within a {@link Scope}. */
@Repository
public class OrganisationRepository {
    private static final String COLUMNS = "id, parent_id, kind, name, region, level, path";
    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final GlanceRevision glance;

    public OrganisationRepository(JdbcClient jdbc, ApplicationEventPublisher events, GlanceRevision glance) {
        this.glance = glance;
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Organisation> findAll(Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE path LIKE :scope ORDER BY path")
                .param("scope", scope.pathPattern())
                .query(this::map).list();
    }

    public List<Organisation> findAll(Scope scope, OrgKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE path LIKE :scope AND kind = :kind ORDER BY path")
                .param("scope", scope.pathPattern()).param("kind", kind.name())
                .query(this::map).list();
    }

    /** The organisations of the scope but those of one kind (the 复核 picker: no units), in tree order. */
    public List<Organisation> findAllBut(Scope scope, OrgKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE path LIKE :scope AND kind <> :kind ORDER BY path")
                .param("scope", scope.pathPattern()).param("kind", kind.name())
                .query(this::map).list();
    }

    public Optional<Organisation> findById(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = :id AND path LIKE :scope")
                .param("id", id).param("scope", scope.pathPattern())
                .query(this::map).optional();
    }

    /** For the system itself (login, start-up), never for a request's data. */
    public Optional<Organisation> findByIdUnscoped(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = :id").param("id", id).query(this::map).optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE name = :name ORDER BY id")
                .param("name", name).query(this::map).list().stream().findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
    }

    public void update(long id, String name, String region, OrgLevel level) {
        jdbc.sql("UPDATE organisation SET name = :name, region = :region, level = :level WHERE id = :id")
                .param("name", name).param("region", region).param("level", level.name()).param("id", id).update();
        glance.changed();
    }

    /**
     * Moves an organisation and its subtree under {@code parent} (null: to the top): its parent and every path below
     * it change in one statement, so the evaluations of the subtree follow it into the new parent's scope.
     */
    public void move(Organisation org, Organisation parent) {
        String newPath = (parent == null ? "/" : parent.path()) + org.id() + "/";
        jdbc.sql("UPDATE organisation SET parent_id = :parent WHERE id = :id")
                .param("parent", parent == null ? null : parent.id()).param("id", org.id()).update();
        jdbc.sql("UPDATE organisation SET path = :newPath || SUBSTRING(path FROM :from) WHERE path LIKE :old")
                .param("newPath", newPath).param("from", org.path().length() + 1).param("old", org.path() + "%").update();
        glance.changed();
        events.publishEvent(new OrganisationMoved(org.id(), org.path(), newPath));
    }

    /** Adds an organisation under {@code parent} (null: a root) and sets its path. */
    @Transactional
    public Organisation create(Organisation parent, OrgKind kind, String name, String region, OrgLevel level) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (parent_id, kind, name, region, level, path) VALUES (:parent, :kind, :name, :region, :level, '/')")
                .param("parent", parent == null ? null : parent.id())
                .param("kind", kind.name()).param("name", name).param("region", region).param("level", level.name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("UPDATE organisation SET path = :path WHERE id = :id").param("path", path).param("id", id).update();
        glance.changed();
        return new Organisation(id, parent == null ? null : parent.id(), kind, name, region, level, path);
    }

    private Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        return new Organisation(rs.getLong("id"), rs.wasNull() ? null : parent, OrgKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("region"), OrgLevel.valueOf(rs.getString("level")), rs.getString("path"));
    }
}
