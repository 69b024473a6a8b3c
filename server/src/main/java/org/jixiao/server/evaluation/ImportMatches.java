package org.jixiao.server.evaluation;

import java.util.Optional;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evaluation a re-import (or a paste of published text) updates: the same project and year in the same
 * organisation, in the caller's scope, not voided.
 */
@Repository
public class ImportMatches {
    private final JdbcClient jdbc;

    ImportMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recently changed one, should there be several (made by hand before the import existed). */
    public Optional<Long> find(long organisationId, String project, Integer year, Scope scope) {
        if (project == null || project.isBlank()) {
            return Optional.empty();
        }
        String sql = """
                SELECT e.id FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
                WHERE e.organisation_id = :org AND o.path LIKE :scope AND e.project = :project AND e.status <> 'VOIDED' AND """
                + (year == null ? " e.budget_year IS NULL" : " e.budget_year = :year")
                + " ORDER BY e.updated_at DESC, e.id DESC LIMIT 1";
        var spec = jdbc.sql(sql).param("org", organisationId).param("scope", scope.pathPattern()).param("project", project);
        if (year != null) {
            spec = spec.param("year", year);
        }
        return spec.query(Long.class).optional();
    }
}
