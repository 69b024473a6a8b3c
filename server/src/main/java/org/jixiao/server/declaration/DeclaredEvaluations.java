package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.core.checks.LaterAdjustment;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.declaration.LaterAdjustments;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.EvaluationFromDeclaration;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DuplicateDocumentException;
import org.jixiao.server.evaluation.EvaluationOrigins;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluation made from an approved declaration (lifecycle §3, the core's {@link EvaluationFromDeclaration}):
 * generated from the latest approved version, its copied columns locked, each row remembered by the declared
 * indicator it copies; an adjustment approved while it is still a draft (or returned) updates it, keeping what the
 * unit filled in the rows that stay. Answers {@link EvaluationOrigins} for the evaluation's pages and JSON.
 */
@Component
public class DeclaredEvaluations implements EvaluationOrigins {
    private final JdbcClient jdbc;
    private final DeclarationService declarations;
    private final DeclarationRepository repository;
    private final EvaluationService evaluations;
    private final EvaluationScoring scoring;

    DeclaredEvaluations(JdbcClient jdbc, DeclarationService declarations, DeclarationRepository repository,
                        @org.springframework.context.annotation.Lazy EvaluationService evaluations, EvaluationScoring scoring) {
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.repository = repository;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    /** One row of a generated evaluation: the declared indicator's key, and its original target where it changed. */
    private record DeclaredRow(int key, Target original) {
    }

    @Override
    public Optional<Origin> of(long evaluationId) {
        return jdbc.sql("SELECT declaration_id, declaration_version FROM evaluation_declaration WHERE evaluation_id = :e")
                .param("e", evaluationId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .optional()
                .map(link -> {
                    Map<Integer, Target> originals = new HashMap<>();
                    jdbc.sql("""
                            SELECT position, original_operator, original_value, original_unit, original_text
                            FROM evaluation_declared_row WHERE evaluation_id = :e AND original_operator IS NOT NULL""")
                            .param("e", evaluationId)
                            .query(rs -> {
                                BigDecimal v = rs.getBigDecimal(3);
                                originals.put(rs.getInt(1), new Target(Operator.valueOf(rs.getString(2)),
                                        v == null ? null : v.stripTrailingZeros(), rs.getString(4), rs.getString(5)));
                            });
                    return new Origin(link[0], (int) link[1], originals);
                });
    }

    @Override
    public List<LaterAdjustment> laterAdjustments(long evaluationId) {
        Optional<long[]> link = jdbc.sql("SELECT declaration_id, declaration_version FROM evaluation_declaration WHERE evaluation_id = :e")
                .param("e", evaluationId).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).optional();
        if (link.isEmpty()) {
            return List.of();
        }
        List<DeclarationVersion> versions = repository.versions(link.get()[0]).stream().map(ApprovedVersion::version).toList();
        if (versions.isEmpty() || versions.get(versions.size() - 1).number() <= link.get()[1]) {
            return List.of();
        }
        List<Integer> keys = jdbc.sql("SELECT indicator_key FROM evaluation_declared_row WHERE evaluation_id = :e ORDER BY position")
                .param("e", evaluationId).query(Integer.class).list();
        return LaterAdjustments.since(versions, (int) link.get()[1], keys);
    }

    /** The evaluation made from a declaration, if one was. */
    public Optional<Long> evaluationOf(long declarationId) {
        return jdbc.sql("SELECT evaluation_id FROM evaluation_declaration WHERE declaration_id = :d ORDER BY evaluation_id")
                .param("d", declarationId).query(Long.class).list().stream().findFirst();
    }

    /**
     * 新建自评表 → 从已批复的绩效目标生成: the evaluation of the approved declaration's project and year, in its
     * organisation, by a filler of it.
     *
     * @return the evaluation's id
     * @throws WorkflowException          the declaration is not approved
     * @throws DuplicateDocumentException one was made from it already
     */
    @Transactional
    public long generate(long declarationId, CurrentUser user, AuditSource source) {
        StoredDeclaration d = declarations.get(declarationId, user);
        if (!d.isApproved()) {
            throw new WorkflowException("declaration.error.notApproved");
        }
        Optional<Long> existing = evaluationOf(declarationId);
        if (existing.isPresent()) {
            throw new DuplicateDocumentException("declaration.error.evaluationExists", existing.get());
        }
        List<ApprovedVersion> versions = repository.versions(declarationId);
        DeclarationVersion first = versions.get(0).version();
        DeclarationVersion latest = versions.get(versions.size() - 1).version();
        Scheme scheme = scoring.scheme(null);
        Made made = make(first, latest, scheme);
        long evaluationId = evaluations.create(made.form(), scheme.id(), d.organisationId(), user, source,
                "declaration #" + declarationId + " v" + latest.number());
        jdbc.sql("INSERT INTO evaluation_declaration (evaluation_id, declaration_id, declaration_version) VALUES (:e, :d, :v)")
                .param("e", evaluationId).param("d", declarationId).param("v", latest.number()).update();
        storeRows(evaluationId, made.rows());
        return evaluationId;
    }

    /**
     * Links an evaluation that was not generated (the demo's, imported from the seeds as printed) to the declaration
     * it was filed under; its rows are those of version 1 in order.
     */
    @Transactional
    public void link(long evaluationId, long declarationId, DeclarationVersion version) {
        jdbc.sql("INSERT INTO evaluation_declaration (evaluation_id, declaration_id, declaration_version) VALUES (:e, :d, :v)")
                .param("e", evaluationId).param("d", declarationId).param("v", version.number()).update();
        List<DeclaredRow> rows = new ArrayList<>();
        version.declaration().indicators().forEach(i -> rows.add(new DeclaredRow(i.key(), null)));
        storeRows(evaluationId, rows);
    }

    /**
     * An adjustment of the declaration was approved and made {@code latest}: the evaluation made from it, while a
     * draft or returned, gets the locked columns of the new version (targets, weights, rows added and excluded),
     * keeping the actuals and reasons the unit filled in the rows that stay; the changes are in its 修改记录. A
     * submitted evaluation is left as it is, and the adjustment is a finding of its re-check (core's
     * AdjustedAfterSubmission, through {@link #laterAdjustments}).
     *
     * @return whether an evaluation was updated
     */
    @Transactional
    public boolean adjustmentApproved(long declarationId, CurrentUser approver) {
        Optional<Long> linked = evaluationOf(declarationId);
        if (linked.isEmpty()) {
            return false;
        }
        long evaluationId = linked.get();
        StoredEvaluation stored = evaluations.get(evaluationId, approver);
        if (!stored.status().isEditable()) {
            evaluations.findingsChanged(evaluationId, approver);
            return false;
        }
        List<ApprovedVersion> versions = repository.versions(declarationId);
        DeclarationVersion first = versions.get(0).version();
        DeclarationVersion latest = versions.get(versions.size() - 1).version();
        Made made = make(first, latest, scoring.scheme(stored.schemeId()));
        List<Integer> oldKeys = jdbc.sql("SELECT indicator_key FROM evaluation_declared_row WHERE evaluation_id = :e ORDER BY position")
                .param("e", evaluationId).query(Integer.class).list();
        Map<Integer, Indicator> filled = new HashMap<>();
        for (int k = 0; k < oldKeys.size() && k < stored.form().indicators().size(); k++) {
            filled.put(oldKeys.get(k), stored.form().indicators().get(k));
        }
        List<Indicator> rows = new ArrayList<>();
        for (int k = 0; k < made.form().indicators().size(); k++) {
            Indicator row = made.form().indicators().get(k);
            Indicator was = filled.get(made.rows().get(k).key());
            if (was != null && row.actual().status().counts() && was.actual().status() != org.jixiao.core.evaluation.ActualStatus.EXCLUDED) {
                row = new Indicator(row.level1(), row.level2(), row.name(), row.target(), was.actual(), row.weight(),
                        was.reportedScore(), was.deviationReason(), 0);
            }
            rows.add(row);
        }
        SelfEvaluation before = stored.form();
        SelfEvaluation changed = new SelfEvaluation(before.header(), withInitialAmounts(before.funding(),
                made.form().funding()), new Goals(made.form().goals().declared(), before.goals().achieved()), rows,
                before.reportedIndicatorWeightSum(), before.reportedIndicatorScoreSum(), before.reportedMaxTotal(),
                before.reportedTotal(), before.reportedGrade(), before.notes(), before.layout(), 0);
        evaluations.saveDeclaredColumns(evaluationId, stored.version(), changed, approver, AuditSource.WORKFLOW);
        jdbc.sql("UPDATE evaluation_declaration SET declaration_version = :v WHERE evaluation_id = :e")
                .param("v", latest.number()).param("e", evaluationId).update();
        jdbc.sql("DELETE FROM evaluation_declared_row WHERE evaluation_id = :e").param("e", evaluationId).update();
        storeRows(evaluationId, made.rows());
        return true;
    }

    /** The generated form (default weights filled where the declaration gives none) and its rows' keys. */
    private record Made(SelfEvaluation form, List<DeclaredRow> rows) {
    }

    private static Made make(DeclarationVersion first, DeclarationVersion latest, Scheme scheme) {
        EvaluationFromDeclaration.Generated g = EvaluationFromDeclaration.generate(first, latest);
        boolean declaredWeights = latest.declaration().indicators().stream().anyMatch(i -> i.weight() != null);
        SelfEvaluation form = DefaultWeights.fill(g.evaluation(), scheme, declaredWeights);
        List<Integer> keys = keysOf(form.indicators(), latest);
        Map<Integer, Target> originals = new HashMap<>();
        g.targetChanges().forEach(c -> originals.put(c.indicatorIndex(), c.original()));
        List<DeclaredRow> rows = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            rows.add(new DeclaredRow(keys.get(k), originals.get(k)));
        }
        return new Made(form, rows);
    }

    /**
     * The declared indicator each generated row copies: the version's indicators and those adjustments deleted, each
     * matched once to the row with its levels, name and target, in order.
     */
    private static List<Integer> keysOf(List<Indicator> rows, DeclarationVersion v) {
        List<DeclaredIndicator> candidates = new ArrayList<>(v.declaration().indicators());
        v.removed().forEach(r -> candidates.add(r.indicator()));
        boolean[] used = new boolean[candidates.size()];
        List<Integer> keys = new ArrayList<>();
        for (Indicator row : rows) {
            int key = 0;
            for (int c = 0; c < candidates.size(); c++) {
                DeclaredIndicator i = candidates.get(c);
                if (!used[c] && i.level1().equals(row.level1()) && Objects.equals(i.level2(), row.level2())
                        && i.name().equals(row.name()) && i.target().equals(row.target())) {
                    used[c] = true;
                    key = i.key();
                    break;
                }
            }
            keys.add(key);
        }
        return keys;
    }

    private void storeRows(long evaluationId, List<DeclaredRow> rows) {
        for (int k = 0; k < rows.size(); k++) {
            Target o = rows.get(k).original();
            jdbc.sql("""
                    INSERT INTO evaluation_declared_row (evaluation_id, position, indicator_key, original_operator,
                        original_value, original_unit, original_text)
                    VALUES (:e, :p, :k, :op, :v, :u, :t)""")
                    .param("e", evaluationId).param("p", k).param("k", rows.get(k).key())
                    .param("op", o == null ? null : o.operator().name()).param("v", o == null ? null : o.value())
                    .param("u", o == null ? null : o.unit()).param("t", o == null ? null : o.text())
                    .update();
        }
    }

    /**
     * The unit's funding block with the 年初 amounts of the latest version, row by row (the core's Adjustment decides
     * how an adjusted amount falls on 财政拨款 and 其他资金); what the unit filled — 全年预算数, 全年执行数 — stays.
     */
    private static Funding withInitialAmounts(Funding filled, Funding generated) {
        if (filled.rows().isEmpty()) {
            return generated;
        }
        List<FundingRow> rows = new ArrayList<>();
        for (FundingRow r : filled.rows()) {
            BigDecimal initial = generated.row(r.kind()).map(FundingRow::initial).orElse(r.initial());
            rows.add(new FundingRow(r.kind(), r.label(), initial, r.annual(), r.executed(), r.ratePct(), 0));
        }
        return new Funding(rows, filled.weight(), filled.reportedRatePct(), filled.reportedScore(), filled.use(),
                filled.subItems(), filled.subItemTotal());
    }
}
