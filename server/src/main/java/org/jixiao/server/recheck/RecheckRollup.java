package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.server.common.GlanceRevision;
import org.jixiao.server.evaluation.EvaluationStatusChanged;
import org.jixiao.server.org.OrganisationMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code recheck_contribution} and {@code recheck_rollup} (migration V33) in step with the tables, in the
 * transaction of each change: after a table's 复核 figures are derived (every save, import and re-check), after a
 * workflow step, after an organisation moved. What an evaluation counted for is its contribution row; a change takes
 * it out of the sums of the organisations it counted for (its organisation and every ancestor) and adds what it counts
 * for now — so a region's figures are a few rows read, exact, and never behind a save.
 *
 * <p>Concurrent saves in one region add to the same rows: each transaction updates them in one order (by key), so
 * two saves wait for each other and never deadlock. An organisation moved rebuilds the sums whole (an administrator's
 * rare step); so does a start that finds an evaluation without its contribution row (written by other means, or
 * before V33).
 */
@Component
@Order(30)
class RecheckRollup implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RecheckRollup.class);
    private static final String CURRENT = "SELECT e.organisation_id, o.path, e.budget_year, e.status, e.project, r.grade, "
            + GapHistogram.sqlBin("r.gap") + " AS bin, r.gap, r.budget_yuan, r.executed_yuan, r.rate_pct, COALESCE(r.unmet, 0) AS unmet"
            + " FROM evaluation e JOIN organisation o ON o.id = e.organisation_id"
            + " LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id";
    private static final String COLUMNS = "organisation_id, kind, budget_year, status, grade, bin, tables, budget_sum, budgets, "
            + "executed_sum, executeds, rate_sum, rates, unmet, gap_sum, gaps";
    private static final String VALUES = ":org, :kind, :year, :status, :grade, :bin, :tables, :budget, :budgets, :executed, "
            + ":executeds, :rate, :rates, :unmet, :gap, :gaps";

    /** What one evaluation counts for. */
    record Contribution(long organisationId, String path, Integer year, String status, String project, String grade,
                        Integer bin, BigDecimal gap, BigDecimal budget, BigDecimal executed, BigDecimal rate, int unmet) {
        boolean same(Contribution o) {
            return organisationId == o.organisationId && path.equals(o.path) && Objects.equals(year, o.year)
                    && status.equals(o.status) && Objects.equals(project, o.project) && Objects.equals(grade, o.grade)
                    && Objects.equals(bin, o.bin) && equal(gap, o.gap) && equal(budget, o.budget)
                    && equal(executed, o.executed) && equal(rate, o.rate) && unmet == o.unmet;
        }

        private static boolean equal(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** A row of the roll-up: an organisation, over its subtree ('S') or its own tables ('O'), a year, status, grade and bin. */
    record Key(long organisationId, char kind, int year, String status, String grade, int bin) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Long.compare(organisationId, o.organisationId);
            c = c != 0 ? c : Character.compare(kind, o.kind);
            c = c != 0 ? c : Integer.compare(year, o.year);
            c = c != 0 ? c : status.compareTo(o.status);
            c = c != 0 ? c : grade.compareTo(o.grade);
            return c != 0 ? c : Integer.compare(bin, o.bin);
        }
    }

    /** Sums added to (or, negative, taken from) a row. */
    static final class Delta {
        int tables;
        BigDecimal budget = BigDecimal.ZERO;
        int budgets;
        BigDecimal executed = BigDecimal.ZERO;
        int executeds;
        BigDecimal rate = BigDecimal.ZERO;
        int rates;
        int unmet;
        BigDecimal gap = BigDecimal.ZERO;
        int gaps;

        void add(Contribution c, int sign, int tablesCount) {
            tables += sign * tablesCount;
            if (c.budget() != null) {
                budget = budget.add(sign < 0 ? c.budget().negate() : c.budget());
                budgets += sign;
            }
            if (c.executed() != null) {
                executed = executed.add(sign < 0 ? c.executed().negate() : c.executed());
                executeds += sign;
            }
            if (c.rate() != null) {
                rate = rate.add(sign < 0 ? c.rate().negate() : c.rate());
                rates += sign;
            }
            unmet += sign * c.unmet();
            if (c.gap() != null) {
                gap = gap.add(sign < 0 ? c.gap().negate() : c.gap());
                gaps += sign;
            }
        }

        boolean isZero() {
            return tables == 0 && budgets == 0 && executeds == 0 && rates == 0 && gaps == 0 && unmet == 0
                    && budget.signum() == 0 && executed.signum() == 0 && rate.signum() == 0 && gap.signum() == 0;
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private Boolean postgres;

    private volatile boolean current;

    private final GlanceRevision glance;

    RecheckRollup(JdbcClient jdbc, NamedParameterJdbcTemplate named, JdbcTemplate template, PlatformTransactionManager transactions,
                  GlanceRevision glance) {
        this.glance = glance;
        this.jdbc = jdbc;
        this.named = named;
        this.template = template;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener
    void statusChanged(EvaluationStatusChanged e) {
        tx.executeWithoutResult(s -> refresh(e.id())); // in the change's transaction (one is begun if there is none)
    }

    @EventListener
    void moved(OrganisationMoved e) {
        tx.executeWithoutResult(s -> rebuild());
    }

    /** Brings one evaluation's contribution up to date; called in the transaction that changed it. */
    void refresh(long id) {
        Optional<Contribution> now = jdbc.sql(CURRENT + " WHERE e.id = :id").param("id", id).query(this::contribution).optional();
        Optional<Contribution> before = jdbc.sql("SELECT organisation_id, org_path AS path, budget_year, status, project, grade, bin, gap, "
                        + "budget_yuan, executed_yuan, rate_pct, unmet FROM recheck_contribution WHERE evaluation_id = :id FOR UPDATE")
                .param("id", id).query(this::contribution).optional();
        if (now.isPresent() && before.isPresent() && now.get().same(before.get())) {
            return;
        }
        Map<Key, Delta> deltas = new TreeMap<>();
        before.ifPresent(c -> spread(c, -1, 1, deltas));
        now.ifPresent(c -> spread(c, 1, 1, deltas));
        for (Map.Entry<Key, Delta> d : deltas.entrySet()) {
            if (!d.getValue().isZero()) {
                apply(d.getKey(), d.getValue());
            }
        }
        jdbc.sql("DELETE FROM recheck_contribution WHERE evaluation_id = :id").param("id", id).update();
        now.ifPresent(c -> jdbc.sql("""
                        INSERT INTO recheck_contribution (evaluation_id, organisation_id, org_path, budget_year, status, project, grade,
                            bin, gap, budget_yuan, executed_yuan, rate_pct, unmet)
                        VALUES (:id, :org, :path, :year, :status, :project, :grade, :bin, :gap, :budget, :executed, :rate, :unmet)""")
                .param("id", id).param("org", c.organisationId()).param("path", c.path()).param("year", c.year())
                .param("status", c.status()).param("project", c.project()).param("grade", c.grade()).param("bin", c.bin())
                .param("gap", c.gap()).param("budget", c.budget()).param("executed", c.executed()).param("rate", c.rate())
                .param("unmet", c.unmet()).update());
    }

    /** At start: rebuilt whole when an evaluation has no contribution row ({@link RecheckBackfill} rebuilds after it derived). */
    @Override
    public void run(ApplicationArguments args) {
        long missing = missing();
        if (missing > 0) {
            long t0 = System.nanoTime();
            rebuildWithStatistics();
            LOG.info("复核 roll-ups rebuilt ({} evaluations had none) in {} ms", missing, (System.nanoTime() - t0) / 1_000_000);
        }
        current = true;
    }

    /**
     * Whether the sums stand for every evaluation: not before the start's check (and its rebuild, which takes tens of
     * seconds at a million tables while the server already answers).
     */
    boolean current() {
        return current;
    }

    /**
     * Rebuilt whole in a transaction of its own, then the planner's statistics of both tables taken anew: filled in one
     * go, they would otherwise wait for autovacuum, and until then PostgreSQL plans the 复核 list as if a province's
     * year held a few hundred tables (a second instead of milliseconds at 1,000,000 evaluations).
     */
    void rebuildWithStatistics() {
        tx.executeWithoutResult(s -> rebuild());
        if (isPostgres()) {
            jdbc.sql("ANALYZE recheck_contribution, recheck_rollup").update();
        }
    }

    private long missing() {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation e WHERE NOT EXISTS "
                + "(SELECT 1 FROM recheck_contribution c WHERE c.evaluation_id = e.id)").query(Long.class).single();
    }

    /** Both tables anew from the evaluations, in the caller's transaction; saves wait meanwhile (PostgreSQL). */
    void rebuild() {
        glance.changed();
        if (isPostgres()) {
            jdbc.sql("LOCK TABLE recheck_contribution, recheck_rollup IN EXCLUSIVE MODE").update();
        }
        jdbc.sql("DELETE FROM recheck_rollup").update();
        jdbc.sql("DELETE FROM recheck_contribution").update();
        jdbc.sql("INSERT INTO recheck_contribution (evaluation_id, organisation_id, org_path, budget_year, status, project, grade, bin, "
                + "gap, budget_yuan, executed_yuan, rate_pct, unmet) " + CURRENT.replace("SELECT e.organisation_id", "SELECT e.id, e.organisation_id"))
                .update();
        Map<Key, Delta> sums = new HashMap<>();
        jdbc.sql("""
                SELECT c.organisation_id, o.path, c.budget_year, c.status, NULL AS project, c.grade, c.bin, SUM(c.gap) AS gap,
                       SUM(c.budget_yuan) AS budget_yuan, SUM(c.executed_yuan) AS executed_yuan, SUM(c.rate_pct) AS rate_pct,
                       SUM(c.unmet) AS unmet, COUNT(*) AS tables, COUNT(c.gap) AS gaps, COUNT(c.budget_yuan) AS budgets,
                       COUNT(c.executed_yuan) AS executeds, COUNT(c.rate_pct) AS rates
                FROM recheck_contribution c JOIN organisation o ON o.id = c.organisation_id
                GROUP BY c.organisation_id, o.path, c.budget_year, c.status, c.grade, c.bin""")
                .query(rs -> {
                    Contribution group = contribution(rs, 0);
                    for (Key k : keys(group)) {
                        Delta d = sums.computeIfAbsent(k, x -> new Delta());
                        d.tables += rs.getInt("tables");
                        d.budget = d.budget.add(group.budget() == null ? BigDecimal.ZERO : group.budget());
                        d.budgets += rs.getInt("budgets");
                        d.executed = d.executed.add(group.executed() == null ? BigDecimal.ZERO : group.executed());
                        d.executeds += rs.getInt("executeds");
                        d.rate = d.rate.add(group.rate() == null ? BigDecimal.ZERO : group.rate());
                        d.rates += rs.getInt("rates");
                        d.unmet += group.unmet();
                        d.gap = d.gap.add(group.gap() == null ? BigDecimal.ZERO : group.gap());
                        d.gaps += rs.getInt("gaps");
                    }
                });
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Map.Entry<Key, Delta> e : new TreeMap<>(sums).entrySet()) {
            rows.add(params(e.getKey(), e.getValue()));
            if (rows.size() == 1000) {
                insert(rows);
            }
        }
        insert(rows);
    }

    private void insert(List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate("INSERT INTO recheck_rollup (" + COLUMNS + ") VALUES (" + VALUES + ")", rows.toArray(MapSqlParameterSource[]::new));
            rows.clear();
        }
    }

    private void apply(Key k, Delta d) {
        MapSqlParameterSource p = params(k, d);
        if (isPostgres()) {
            named.update("INSERT INTO recheck_rollup (" + COLUMNS + ") VALUES (" + VALUES + ") "
                    + "ON CONFLICT (organisation_id, kind, budget_year, status, grade, bin) DO UPDATE SET "
                    + "tables = recheck_rollup.tables + EXCLUDED.tables, budget_sum = recheck_rollup.budget_sum + EXCLUDED.budget_sum, "
                    + "budgets = recheck_rollup.budgets + EXCLUDED.budgets, executed_sum = recheck_rollup.executed_sum + EXCLUDED.executed_sum, "
                    + "executeds = recheck_rollup.executeds + EXCLUDED.executeds, rate_sum = recheck_rollup.rate_sum + EXCLUDED.rate_sum, "
                    + "rates = recheck_rollup.rates + EXCLUDED.rates, unmet = recheck_rollup.unmet + EXCLUDED.unmet, "
                    + "gap_sum = recheck_rollup.gap_sum + EXCLUDED.gap_sum, gaps = recheck_rollup.gaps + EXCLUDED.gaps", p);
            return;
        }
        // H2 (one node): the row, or a new one
        int updated = named.update("UPDATE recheck_rollup SET tables = tables + :tables, budget_sum = budget_sum + :budget, "
                + "budgets = budgets + :budgets, executed_sum = executed_sum + :executed, executeds = executeds + :executeds, "
                + "rate_sum = rate_sum + :rate, rates = rates + :rates, unmet = unmet + :unmet, gap_sum = gap_sum + :gap, "
                + "gaps = gaps + :gaps WHERE organisation_id = :org AND kind = :kind AND budget_year = :year AND status = :status "
                + "AND grade = :grade AND bin = :bin", p);
        if (updated == 0) {
            named.update("INSERT INTO recheck_rollup (" + COLUMNS + ") VALUES (" + VALUES + ")", p);
        }
    }

    private static MapSqlParameterSource params(Key k, Delta d) {
        return new MapSqlParameterSource("org", k.organisationId()).addValue("kind", String.valueOf(k.kind()))
                .addValue("year", k.year()).addValue("status", k.status()).addValue("grade", k.grade()).addValue("bin", k.bin())
                .addValue("tables", d.tables).addValue("budget", d.budget).addValue("budgets", d.budgets)
                .addValue("executed", d.executed).addValue("executeds", d.executeds).addValue("rate", d.rate)
                .addValue("rates", d.rates).addValue("unmet", d.unmet).addValue("gap", d.gap).addValue("gaps", d.gaps);
    }

    /** Every row an evaluation counts in: each organisation of its path over the subtree, its own over its own tables. */
    static List<Key> keys(Contribution c) {
        int year = c.year() == null ? 0 : c.year();
        String grade = c.grade() == null ? "" : c.grade();
        int bin = c.bin() == null ? -1 : c.bin();
        List<Key> keys = new ArrayList<>();
        for (String part : c.path().split("/")) {
            if (!part.isEmpty()) {
                keys.add(new Key(Long.parseLong(part), 'S', year, c.status(), grade, bin));
            }
        }
        keys.add(new Key(c.organisationId(), 'O', year, c.status(), grade, bin));
        return keys;
    }

    private static void spread(Contribution c, int sign, int tables, Map<Key, Delta> into) {
        for (Key k : keys(c)) {
            into.computeIfAbsent(k, x -> new Delta()).add(c, sign, tables);
        }
    }

    private Contribution contribution(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        int year = rs.getInt("budget_year");
        Integer y = rs.wasNull() ? null : year;
        int bin = rs.getInt("bin");
        Integer b = rs.wasNull() ? null : bin;
        return new Contribution(rs.getLong("organisation_id"), rs.getString("path"), y, rs.getString("status"),
                rs.getString("project"), rs.getString("grade"), b, rs.getBigDecimal("gap"), rs.getBigDecimal("budget_yuan"),
                rs.getBigDecimal("executed_yuan"), rs.getBigDecimal("rate_pct"), rs.getInt("unmet"));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            postgres = template.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
        }
        return postgres;
    }
}
