package org.jixiao.server.workbench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of a reviewer's scope for a year ({@link Progress}), and 催报: an in-app reminder to the fillers of a
 * unit that has not submitted, recorded with who sent it and when.
 */
@Service
public class ScopeProgress {
    /** At most this many organisations a page of progress. */
    static final int MAX_ROWS = 500;
    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final Deadlines deadlines;
    private final Inbox inbox;

    ScopeProgress(JdbcClient jdbc, OrganisationRepository organisations, Deadlines deadlines, Inbox inbox) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.deadlines = deadlines;
        this.inbox = inbox;
    }

    /** Reviewers, finance and administrators follow their scope's progress; fillers follow their own tables. */
    public static boolean follows(CurrentUser user) {
        return Policies.REVIEWS.decide(user).allowed();
    }

    /** The year a page opens on: the latest with tables in the scope, else last year. */
    public int defaultYear(CurrentUser user) {
        Integer latest = jdbc.sql("""
                SELECT MAX(e.budget_year) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
                WHERE o.path LIKE :scope AND e.status <> 'VOIDED'""")
                .param("scope", user.scope().pathPattern()).query(Integer.class).optional().orElse(null);
        return latest != null ? latest : LocalDate.now().getYear() - 1;
    }

    public Progress of(CurrentUser user, int year) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, OrgKind> kinds = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.id, o.name, o.kind, e.status, COUNT(e.id) AS n FROM organisation o
                LEFT JOIN evaluation e ON e.organisation_id = o.id AND e.budget_year = :year AND e.status <> 'VOIDED'
                WHERE o.path LIKE :scope AND o.kind IN ('UNIT', 'DEPARTMENT')
                GROUP BY o.id, o.name, o.kind, o.path, e.status ORDER BY o.path, o.id""")
                .param("year", year).param("scope", user.scope().pathPattern())
                .query(rs -> {
                    long id = rs.getLong("id");
                    names.put(id, rs.getString("name"));
                    kinds.put(id, OrgKind.valueOf(rs.getString("kind")));
                    long[] c = counts.computeIfAbsent(id, k -> new long[4]);
                    String status = rs.getString("status");
                    long n = rs.getLong("n");
                    if (status != null) {
                        switch (status) {
                            case "DRAFT" -> c[0] += n;
                            case "RETURNED" -> c[1] += n;
                            case "SUBMITTED", "DEPT_APPROVED" -> c[2] += n;
                            default -> c[3] += n;
                        }
                    }
                });
        Map<Long, Object[]> reminded = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.organisation_id, r.sent_at, r.sender_name FROM reminder r JOIN organisation o ON o.id = r.organisation_id
                WHERE r.budget_year = :year AND o.path LIKE :scope ORDER BY r.id""")
                .param("year", year).param("scope", user.scope().pathPattern())
                .query(rs -> {
                    reminded.put(rs.getLong(1), new Object[] {rs.getObject(2, OffsetDateTime.class), rs.getString(3)});
                });
        List<Progress.Row> rows = new ArrayList<>();
        long[] sum = new long[4];
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            long[] c = e.getValue();
            boolean any = c[0] + c[1] + c[2] + c[3] > 0;
            if (kinds.get(e.getKey()) == OrgKind.DEPARTMENT && !any) {
                continue; // a department is a row only where it fills in tables of its own
            }
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            Object[] r = reminded.get(e.getKey());
            rows.add(new Progress.Row(e.getKey(), names.get(e.getKey()), c[0], c[1], c[2], c[3],
                    r == null ? null : (OffsetDateTime) r[0], r == null ? null : (String) r[1]));
            for (int k = 0; k < 4; k++) {
                sum[k] += c[k];
            }
        }
        Progress.Row total = new Progress.Row(0, null, sum[0], sum[1], sum[2], sum[3], null, null);
        return new Progress(year, deadlines.of(year), deadlines.isOverdue(year, LocalDate.now()), rows, total);
    }

    /**
     * 催报: reminds the fillers of the organisations given (within the caller's scope; another is not found) to submit
     * the year's tables. Recorded per organisation; returns how many people were reminded.
     */
    @Transactional
    public int remind(CurrentUser user, int year, List<Long> organisationIds) {
        if (!follows(user)) {
            throw new ForbiddenException("error.notYourStep");
        }
        int people = 0;
        for (Long id : organisationIds) {
            Organisation org = organisations.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("organisation " + id));
            List<Long> fillers = jdbc.sql("SELECT id FROM app_user WHERE organisation_id = :org AND role = 'FILLER' AND enabled")
                    .param("org", org.id()).query(Long.class).list();
            inbox.send(fillers, Message.Kind.REMINDER, null, null, org.name(), null, year, user.id(), user.displayName());
            jdbc.sql("""
                    INSERT INTO reminder (organisation_id, budget_year, sender_id, sender_name, recipients, sent_at)
                    VALUES (:org, :year, :by, :name, :n, :at)""")
                    .param("org", org.id()).param("year", year).param("by", user.id()).param("name", user.displayName())
                    .param("n", fillers.size()).param("at", OffsetDateTime.now()).update();
            people += fillers.size();
        }
        return people;
    }
}
