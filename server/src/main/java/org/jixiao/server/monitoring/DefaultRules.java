package org.jixiao.server.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.document.DocumentEntry;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's default light rules (migration V71): finance sets a rule set on an organisation, and it holds for the
 * organisation's subtree unless a nearer organisation sets another; where none is set, the national rules. A round
 * that names no rule set takes the default of the organisation it is opened for. Each change is in the audit trail.
 */
@Service
public class DefaultRules {
    static final String NATIONAL = "national";

    /**
     * An organisation's default as it stands.
     *
     * @param rules         the rule set a round opened for it takes
     * @param own           the one set on the organisation itself, null when it inherits
     * @param inheritedFrom the organisation the default is set on (itself, an ancestor), null for the national rules
     * @param version       the version of its own setting, 0 when none was ever set
     */
    public record Setting(long organisationId, String rules, String own, Long inheritedFrom, String inheritedFromName,
                          int version) {
    }

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final DocumentHistory history;

    DefaultRules(JdbcClient jdbc, OrganisationRepository organisations, DocumentHistory history) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.history = history;
    }

    /**
     * The rule set a round opened for the organisation takes when it names none: the nearest default up its path.
     *
     * @throws Gone where that default names a rule set this version of jixiao no longer carries
     */
    String effective(Organisation org) {
        Optional<Nearest> nearest = nearest(org);
        if (nearest.isPresent() && !MonitoringService.ruleSetIds().contains(nearest.get().rules)) {
            throw new Gone(nearest.get().rules, nearest.get().name);
        }
        return nearest.map(n -> n.rules).orElse(NATIONAL);
    }

    /**
     * A default set before an upgrade that dropped its rule set: the round is refused on its rules, naming the default
     * and where it is set, rather than judged by other rules than the region chose.
     */
    static final class Gone extends RuntimeException {
        final String rules;
        final String setOn;

        Gone(String rules, String setOn) {
            super(rules);
            this.rules = rules;
            this.setOn = setOn;
        }
    }

    /** The organisation's setting, if the caller may see the organisation; otherwise not found. */
    public Setting of(long organisationId, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        return setting(org);
    }

    /**
     * Sets the organisation's default ({@code rules} null or blank: it inherits again), by finance or an administrator
     * in whose scope it is.
     *
     * @throws IllegalArgumentException naming a rule set jixiao does not carry
     */
    @Transactional
    public Setting set(long organisationId, String rules, CurrentUser user, AuditSource source) {
        Policies.MAY_DIRECT_FOLLOW_UP.decide(user).orThrow();
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        String wanted = rules == null || rules.isBlank() ? null : rules.strip();
        if (wanted != null && !MonitoringService.ruleSetIds().contains(wanted)) {
            throw new IllegalArgumentException(wanted);
        }
        Setting before = setting(org);
        if (java.util.Objects.equals(before.own(), wanted)) {
            return before;
        }
        int version = before.version() + 1;
        if (wanted == null) {
            jdbc.sql("DELETE FROM monitoring_rules_default WHERE organisation_id = :o").param("o", org.id()).update();
        } else if (!exists(org.id())) {
            jdbc.sql("""
                    INSERT INTO monitoring_rules_default (organisation_id, rules_id, version, updated_by, updated_at)
                    VALUES (:o, :r, :v, :u, :t)""")
                    .param("o", org.id()).param("r", wanted).param("v", version).param("u", user.id())
                    .param("t", OffsetDateTime.now()).update();
        } else {
            jdbc.sql("""
                    UPDATE monitoring_rules_default SET rules_id = :r, version = :v, updated_by = :u, updated_at = :t
                    WHERE organisation_id = :o""")
                    .param("o", org.id()).param("r", wanted).param("v", version).param("u", user.id())
                    .param("t", OffsetDateTime.now()).update();
        }
        history.record(DocumentRef.monitoringRules(org.id()), version, user.id(), user.displayName(), source,
                List.of(new AuditTrail.Change("monitoring.defaultRules", before.own(), wanted)));
        return setting(org);
    }

    private boolean exists(long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM monitoring_rules_default WHERE organisation_id = :o")
                .param("o", organisationId).query(Long.class).single() > 0;
    }

    private Setting setting(Organisation org) {
        Optional<Nearest> nearest = nearest(org);
        String own = nearest.filter(n -> n.organisationId == org.id()).map(n -> n.rules).orElse(null);
        // the version goes on after the setting was cleared: its history is one sequence
        int version = history.history(DocumentRef.monitoringRules(org.id())).stream()
                .mapToInt(DocumentEntry::version).max().orElse(0);
        return new Setting(org.id(), nearest.map(n -> n.rules).orElse(NATIONAL), own,
                nearest.map(n -> n.organisationId).orElse(null), nearest.map(n -> n.name).orElse(null), version);
    }

    private record Nearest(long organisationId, String name, String rules) {
    }

    private Optional<Nearest> nearest(Organisation org) {
        return jdbc.sql("""
                SELECT o.id, o.name, d.rules_id FROM monitoring_rules_default d JOIN organisation o ON o.id = d.organisation_id
                WHERE :path LIKE o.path || '%' ORDER BY LENGTH(o.path) DESC""")
                .param("path", org.path())
                .query((rs, n) -> new Nearest(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream().findFirst();
    }
}
