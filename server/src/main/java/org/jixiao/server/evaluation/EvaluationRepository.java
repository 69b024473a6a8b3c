package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.GlanceRevision;
import org.jixiao.server.org.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evaluations with their child rows. Every read takes the caller's {@link Scope}: an evaluation outside it is
 * not found. Writes are only reached after a scoped read.
 */
@Repository
public class EvaluationRepository {
    private static final String HEADER_COLUMNS = """
            e.id, e.organisation_id, o.name AS organisation_name, e.scheme_id, e.status, e.version, e.submitted_by,
            e.source, e.updated_at, e.budget_year, e.project, e.department, e.unit, e.currency_unit, e.prepared_by,
            e.disclosure_no, e.kind, e.layout, e.funding_weight, e.funding_rate_pct, e.funding_reported_score,
            e.use_initial, e.use_adjustment, e.use_allocated, e.use_unalloc_balance, e.use_unalloc_recovered,
            e.use_paid, e.use_carry_over_total, e.use_carried_forward, e.use_recovered, e.goals_declared,
            e.goals_achieved, e.notes, e.reported_weight_sum, e.reported_score_sum, e.reported_max_total,
            e.reported_total, e.reported_grade""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    private final ApplicationEventPublisher events;
    private final ListCounts counts;
    private final GlanceRevision glance;

    public EvaluationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches, ApplicationEventPublisher events,
                                ListCounts counts, GlanceRevision glance) {
        this.glance = glance;
        this.events = events;
        this.counts = counts;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public Optional<StoredEvaluation> findById(long id, Scope scope) {
        Optional<Head> head = jdbc.sql("SELECT " + HEADER_COLUMNS
                        + " FROM evaluation e JOIN organisation o ON o.id = e.organisation_id"
                        + " WHERE e.id = :id AND o.path LIKE :scope")
                .param("id", id).param("scope", scope.pathPattern())
                .query(this::mapHead).optional();
        return head.map(this::complete);
    }

    /** The list: filtered, in scope, newest first, one page, with the count of all matches. */
    public Page<EvaluationSummary> find(EvaluationFilter f, Scope scope, String departmentPath) {
        ListConditions where = new ListConditions(f, scope, departmentPath);
        OptionalLong rolledUp = countsBySubtree(f) && !scope.pathPattern().isEmpty()
                ? counts.count(departmentPath != null ? departmentPath : scope.pathPattern(), f.year(), f.statuses())
                : OptionalLong.empty();
        long total = rolledUp.isPresent() ? rolledUp.getAsLong()
                : where.bind(jdbc.sql("SELECT COUNT(*)" + where.fromWhere())).query(Long.class).single();
        long offset = (long) f.page() * f.size();
        if (offset >= total) {
            return new Page<>(List.of(), total, f.page(), f.size());
        }
        List<EvaluationSummary> items = where.bind(jdbc.sql("""
                SELECT e.id, e.budget_year, e.project, e.department, e.unit, o.name AS organisation_name, e.scheme_id, e.status,
                       e.score_total, e.score_grade, e.updated_at, e.version""" + where.fromWhere()
                        + f.sort().orderBy() + " LIMIT :limit OFFSET :offset"))
                .param("limit", f.size()).param("offset", offset)
                .query((rs, n) -> new EvaluationSummary(rs.getLong("id"), intOrNull(rs, "budget_year"), rs.getString("project"),
                        rs.getString("department"), rs.getString("unit"), rs.getString("organisation_name"),
                        rs.getString("scheme_id"), EvaluationStatus.valueOf(rs.getString("status")),
                        dec(rs, "score_total"), rs.getString("score_grade"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version")))
                .list();
        return new Page<>(items, total, f.page(), f.size());
    }

    /** A filter of subtree, year and statuses alone, which {@link ListCounts} counts from its summary. */
    private static boolean countsBySubtree(EvaluationFilter f) {
        return f.unitId() == null && f.grade() == null && f.schemeId() == null && f.query() == null;
    }

    /** The ids of the first {@code max} tables the filter matches, in the list's order: "all matching the filter". */
    public List<Long> findIds(EvaluationFilter f, Scope scope, String departmentPath, int max) {
        ListConditions where = new ListConditions(f, scope, departmentPath);
        return where.bind(jdbc.sql("SELECT e.id" + where.fromWhere() + f.sort().orderBy() + " LIMIT :limit"))
                .param("limit", max).query(Long.class).list();
    }

    /** Stores a new evaluation in the given organisation; returns its id. */
    public long insert(long organisationId, String schemeId, SelfEvaluation form, ScoreSheet sheet, Long userId, String source) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bindForm(jdbc.sql("""
                INSERT INTO evaluation (organisation_id, scheme_id, status, version, source, created_by, created_at, updated_at,
                    budget_year, project, department, unit, currency_unit, prepared_by, disclosure_no, kind, layout,
                    funding_weight, funding_rate_pct, funding_reported_score, use_initial, use_adjustment, use_allocated,
                    use_unalloc_balance, use_unalloc_recovered, use_paid, use_carry_over_total, use_carried_forward,
                    use_recovered, goals_declared, goals_achieved, notes, reported_weight_sum, reported_score_sum,
                    reported_max_total, reported_total, reported_grade, score_total, score_grade)
                VALUES (:org, :scheme, 'DRAFT', 0, :source, :user, :now, :now,
                    :year, :project, :department, :unit, :currency, :preparedBy, :disclosureNo, :kind, :layout,
                    :fWeight, :fRate, :fScore, :uInitial, :uAdjustment, :uAllocated,
                    :uUnallocBalance, :uUnallocRecovered, :uPaid, :uCarryOverTotal, :uCarriedForward,
                    :uRecovered, :goalsDeclared, :goalsAchieved, :notes, :rWeightSum, :rScoreSum,
                    :rMaxTotal, :rTotal, :rGrade, :scoreTotal, :scoreGrade)"""), form, sheet)
                .param("org", organisationId).param("scheme", schemeId).param("source", source).param("user", userId)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        glance.changed();
        insertChildren(id, form, List.of(), RowKeys.byPosition(form.indicators().size()));
        return id;
    }

    /**
     * Replaces the form of an evaluation if nobody saved it since {@code expectedVersion}; returns the new version.
     *
     * @throws EditConflictException when someone did
     */
    public int update(long id, int expectedVersion, SelfEvaluation form, ScoreSheet sheet, List<Recheck> rechecks,
                      List<Integer> rowKeys) {
        int rows = bindForm(jdbc.sql("""
                UPDATE evaluation SET version = version + 1, updated_at = :now,
                    budget_year = :year, project = :project, department = :department, unit = :unit, currency_unit = :currency,
                    prepared_by = :preparedBy, disclosure_no = :disclosureNo, kind = :kind, layout = :layout,
                    funding_weight = :fWeight, funding_rate_pct = :fRate, funding_reported_score = :fScore,
                    use_initial = :uInitial, use_adjustment = :uAdjustment, use_allocated = :uAllocated,
                    use_unalloc_balance = :uUnallocBalance, use_unalloc_recovered = :uUnallocRecovered, use_paid = :uPaid,
                    use_carry_over_total = :uCarryOverTotal, use_carried_forward = :uCarriedForward,
                    use_recovered = :uRecovered, goals_declared = :goalsDeclared, goals_achieved = :goalsAchieved,
                    notes = :notes, reported_weight_sum = :rWeightSum, reported_score_sum = :rScoreSum,
                    reported_max_total = :rMaxTotal, reported_total = :rTotal, reported_grade = :rGrade,
                    score_total = :scoreTotal, score_grade = :scoreGrade
                WHERE id = :id AND version = :expected"""), form, sheet)
                .param("now", OffsetDateTime.now()).param("id", id).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new EditConflictException(id, expectedVersion);
        }
        glance.changed();
        jdbc.sql("DELETE FROM funding_row WHERE evaluation_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM sub_item WHERE evaluation_id = :id").param("id", id).update();
        List<Integer> before = rowKeys(id);
        jdbc.sql("DELETE FROM indicator WHERE evaluation_id = :id").param("id", id).update();
        insertChildren(id, form, rechecks, RowKeys.after(before, rowKeys, form.indicators().size()));
        return expectedVersion + 1;
    }

    /** Moves an evaluation to a new status if nobody changed it since {@code expectedVersion}; returns the new version. */
    public int changeStatus(long id, int expectedVersion, EvaluationStatus to, Long submittedBy, OffsetDateTime submittedAt) {
        int rows = jdbc.sql("""
                UPDATE evaluation SET status = :to, version = version + 1, updated_at = :now,
                    submitted_by = COALESCE(:by, submitted_by), submitted_at = COALESCE(:at, submitted_at)
                WHERE id = :id AND version = :expected""")
                .param("to", to.name()).param("now", OffsetDateTime.now()).param("by", submittedBy)
                .param("at", submittedAt).param("id", id).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new EditConflictException(id, expectedVersion);
        }
        glance.changed();
        events.publishEvent(new EvaluationStatusChanged(id, to));
        return expectedVersion + 1;
    }

    /** Saves the finance reviewer's re-check of each indicator and of the execution row. */
    public void saveRechecks(long id, List<Recheck> rechecks, Recheck budget) {
        jdbc.sql("DELETE FROM budget_recheck WHERE evaluation_id = :id").param("id", id).update();
        if (!budget.isEmpty()) {
            jdbc.sql("INSERT INTO budget_recheck (evaluation_id, score, deduction, note) VALUES (:id, :s, :d, :n)")
                    .param("id", id).param("s", budget.score()).param("d", budget.deduction()).param("n", budget.note())
                    .update();
        }
        for (int k = 0; k < rechecks.size(); k++) {
            Recheck r = rechecks.get(k);
            jdbc.sql("""
                    UPDATE indicator SET recheck_score = :s, recheck_deduction = :d, recheck_note = :n
                    WHERE evaluation_id = :id AND position = :p""")
                    .param("s", r.score()).param("d", r.deduction()).param("n", r.note()).param("id", id).param("p", k)
                    .update();
        }
    }

    private StatementSpec bindForm(StatementSpec spec, SelfEvaluation form, ScoreSheet sheet) {
        Header h = form.header();
        Funding f = form.funding();
        BudgetUse u = f.use();
        return spec.param("year", h.year()).param("project", h.project()).param("department", h.department())
                .param("unit", h.unit())
                .param("currency", h.amountUnit().name())
                .param("preparedBy", h.preparedBy()).param("disclosureNo", h.disclosureNo()).param("kind", h.kind().name())
                .param("layout", form.layout() == null ? "national" : form.layout())
                .param("fWeight", f.weight()).param("fRate", f.reportedRatePct()).param("fScore", f.reportedScore())
                .param("uInitial", u == null ? null : u.initial()).param("uAdjustment", u == null ? null : u.adjustment())
                .param("uAllocated", u == null ? null : u.allocated())
                .param("uUnallocBalance", u == null ? null : u.unallocatedBalance())
                .param("uUnallocRecovered", u == null ? null : u.unallocatedRecovered())
                .param("uPaid", u == null ? null : u.paid()).param("uCarryOverTotal", u == null ? null : u.carryOverTotal())
                .param("uCarriedForward", u == null ? null : u.carriedForward())
                .param("uRecovered", u == null ? null : u.recovered())
                .param("goalsDeclared", form.goals().declared()).param("goalsAchieved", form.goals().achieved())
                .param("notes", form.notes())
                .param("rWeightSum", form.reportedIndicatorWeightSum()).param("rScoreSum", form.reportedIndicatorScoreSum())
                .param("rMaxTotal", form.reportedMaxTotal()).param("rTotal", form.reportedTotal())
                .param("rGrade", form.reportedGrade())
                .param("scoreTotal", sheet == null ? null : sheet.total()).param("scoreGrade", sheet == null ? null : sheet.grade());
    }

    /** The child rows, one batch per table: a save then costs three round trips, not one per row. */
    /** The identity of each indicator row, in the rows' order (see V54): what evidence files point at. */
    public List<Integer> rowKeys(long id) {
        return jdbc.sql("SELECT row_key FROM indicator WHERE evaluation_id = :id ORDER BY position").param("id", id)
                .query(Integer.class).list();
    }

    private void insertChildren(long id, SelfEvaluation form, List<Recheck> rechecks, List<Integer> keys) {
        List<FundingRow> rows = form.funding().rows();
        List<MapSqlParameterSource> funding = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            FundingRow r = rows.get(k);
            funding.add(new MapSqlParameterSource("id", id).addValue("p", k).addValue("kind", r.kind().name())
                    .addValue("label", r.label()).addValue("i", r.initial()).addValue("a", r.annual())
                    .addValue("x", r.executed()).addValue("r", r.ratePct()));
        }
        batch("""
                INSERT INTO funding_row (evaluation_id, position, kind, label, initial_amount, annual_amount, executed_amount, rate_pct)
                VALUES (:id, :p, :kind, :label, :i, :a, :x, :r)""", funding);
        List<SubItem> items = new ArrayList<>(form.funding().subItems());
        if (form.funding().subItemTotal() != null) {
            items.add(form.funding().subItemTotal());
        }
        List<MapSqlParameterSource> subItems = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            SubItem s = items.get(k);
            subItems.add(new MapSqlParameterSource("id", id).addValue("p", k).addValue("n", s.name()).addValue("b", s.budget())
                    .addValue("a", s.actual()).addValue("t", s == form.funding().subItemTotal()));
        }
        batch("INSERT INTO sub_item (evaluation_id, position, name, budget, actual, is_total) VALUES (:id, :p, :n, :b, :a, :t)",
                subItems);
        List<Indicator> indicators = form.indicators();
        List<MapSqlParameterSource> indicatorRows = new ArrayList<>(indicators.size());
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            Recheck r = k < rechecks.size() ? rechecks.get(k) : Recheck.NONE;
            indicatorRows.add(new MapSqlParameterSource("id", id).addValue("p", k).addValue("key", keys.get(k)).addValue("l1", i.level1())
                    .addValue("l2", i.level2()).addValue("name", i.name()).addValue("op", i.target().operator().name())
                    .addValue("tv", i.target().value()).addValue("tu", i.target().unit()).addValue("tt", i.target().text())
                    .addValue("as", i.actual().status().name()).addValue("at", i.actual().text())
                    .addValue("ar", i.actual().reason()).addValue("w", i.weight()).addValue("rs", i.reportedScore())
                    .addValue("dr", i.deviationReason())
                    .addValue("cs", r.score()).addValue("cd", r.deduction()).addValue("cn", r.note()));
        }
        batch("""
                INSERT INTO indicator (evaluation_id, position, row_key, level1, level2, name, operator, target_value, target_unit,
                    target_text, actual_status, actual_text, actual_reason, weight, reported_score, deviation_reason,
                    recheck_score, recheck_deduction, recheck_note)
                VALUES (:id, :p, :key, :l1, :l2, :name, :op, :tv, :tu, :tt, :as, :at, :ar, :w, :rs, :dr, :cs, :cd, :cn)""", indicatorRows);
    }

    private void batch(String sql, List<MapSqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** The evaluation row before its children are read. */
    private record Head(long id, long organisationId, String organisationName, String schemeId, EvaluationStatus status,
                        int version, Long submittedBy, String source, OffsetDateTime updatedAt, Header header,
                        BigDecimal fWeight, BigDecimal fRate, BigDecimal fScore, BudgetUse use, Goals goals, String notes,
                        BigDecimal rWeightSum, BigDecimal rScoreSum, BigDecimal rMaxTotal, BigDecimal rTotal,
                        String rGrade, String layout) {
    }

    private Head mapHead(ResultSet rs, int n) throws SQLException {
        Header header = new Header(rs.getString("project"), rs.getString("department"), rs.getString("unit"),
                intOrNull(rs, "budget_year"), CurrencyUnit.valueOf(rs.getString("currency_unit")), rs.getString("prepared_by"),
                rs.getString("disclosure_no"), Header.Kind.valueOf(rs.getString("kind")));
        // as printed, not at the column's six decimals: the checks compare figures at the precision they were printed to
        BudgetUse use = new BudgetUse(dec(rs, "use_initial"), dec(rs, "use_adjustment"), dec(rs, "use_allocated"),
                dec(rs, "use_unalloc_balance"), dec(rs, "use_unalloc_recovered"), dec(rs, "use_paid"),
                dec(rs, "use_carry_over_total"), dec(rs, "use_carried_forward"), dec(rs, "use_recovered"));
        boolean noUse = use.initial() == null && use.allocated() == null && use.paid() == null && use.adjustment() == null;
        long by = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : by;
        return new Head(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("scheme_id"), EvaluationStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                submittedBy, rs.getString("source"), rs.getObject("updated_at", OffsetDateTime.class), header,
                dec(rs, "funding_weight"), dec(rs, "funding_rate_pct"), dec(rs, "funding_reported_score"),
                noUse ? null : use, new Goals(rs.getString("goals_declared"), rs.getString("goals_achieved")),
                rs.getString("notes"), dec(rs, "reported_weight_sum"), dec(rs, "reported_score_sum"),
                dec(rs, "reported_max_total"), dec(rs, "reported_total"), rs.getString("reported_grade"),
                rs.getString("layout"));
    }

    private StoredEvaluation complete(Head h) {
        List<FundingRow> rows = jdbc.sql("""
                SELECT kind, label, initial_amount, annual_amount, executed_amount, rate_pct
                FROM funding_row WHERE evaluation_id = :id ORDER BY position""")
                .param("id", h.id())
                .query((rs, n) -> new FundingRow(FundingRow.Kind.valueOf(rs.getString(1)), rs.getString(2), dec(rs, "initial_amount"),
                        dec(rs, "annual_amount"), dec(rs, "executed_amount"), dec(rs, "rate_pct"), 0))
                .list();
        List<SubItem> subItems = new ArrayList<>();
        SubItem[] total = new SubItem[1];
        jdbc.sql("SELECT name, budget, actual, is_total FROM sub_item WHERE evaluation_id = :id ORDER BY position")
                .param("id", h.id())
                .query(rs -> {
                    SubItem s = new SubItem(rs.getString(1), dec(rs, "budget"), dec(rs, "actual"), 0);
                    if (rs.getBoolean(4)) {
                        total[0] = s;
                    } else {
                        subItems.add(s);
                    }
                });
        List<Indicator> indicators = new ArrayList<>();
        List<Recheck> rechecks = new ArrayList<>();
        jdbc.sql("""
                SELECT level1, level2, name, operator, target_value, target_unit, target_text, actual_status, actual_text,
                       actual_reason, weight, reported_score, deviation_reason, recheck_score, recheck_deduction, recheck_note
                FROM indicator WHERE evaluation_id = :id ORDER BY position""")
                .param("id", h.id())
                .query(rs -> {
                    Target target = new Target(Operator.valueOf(rs.getString("operator")), dec(rs, "target_value"),
                            rs.getString("target_unit"), rs.getString("target_text"));
                    Actual actual = Actual.of(ActualStatus.valueOf(rs.getString("actual_status")), rs.getString("actual_text"),
                            rs.getString("actual_reason"));
                    indicators.add(new Indicator(rs.getString("level1"), rs.getString("level2"), rs.getString("name"),
                            target, actual, dec(rs, "weight"), dec(rs, "reported_score"), rs.getString("deviation_reason"), 0));
                    rechecks.add(new Recheck(dec(rs, "recheck_score"), dec(rs, "recheck_deduction"), rs.getString("recheck_note")));
                });
        Recheck budgetRecheck = jdbc.sql("SELECT score, deduction, note FROM budget_recheck WHERE evaluation_id = :id")
                .param("id", h.id())
                .query((rs, n) -> new Recheck(dec(rs, "score"), dec(rs, "deduction"), rs.getString("note")))
                .optional().orElse(Recheck.NONE);
        Funding funding = new Funding(rows, h.fWeight(), h.fRate(), h.fScore(), h.use(), subItems, total[0]);
        SelfEvaluation form = new SelfEvaluation(h.header(), funding, h.goals(), indicators, h.rWeightSum(), h.rScoreSum(),
                h.rMaxTotal(), h.rTotal(), h.rGrade(), h.notes(), h.layout(), 0);
        return new StoredEvaluation(h.id(), h.organisationId(), h.organisationName(), h.schemeId(), h.status(), h.version(),
                h.submittedBy(), h.source(), h.updatedAt(), form, rechecks, budgetRecheck);
    }

    private static BigDecimal dec(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
