package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentStatusStore;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.workflow.Transition;
import org.springframework.stereotype.Component;

/**
 * The demo's declarations: for each demo self-evaluation the declaration it was filed under (its indicators and
 * targets as the table prints them), approved and linked to it — the evaluation stays as imported — and one
 * declaration of the next year in draft.
 */
@Component
public class DemoDeclarations {
    private static final String OPINION = "演示数据 / demo";

    private final DeclarationService declarations;
    private final DeclarationRepository repository;
    private final DeclaredEvaluations evaluations;
    private final DocumentStatusStore status;
    private final DocumentSteps steps;
    private final DocumentHistory history;

    DemoDeclarations(DeclarationService declarations, DeclarationRepository repository, DeclaredEvaluations evaluations,
                     DocumentStatusStore status, DocumentSteps steps, DocumentHistory history) {
        this.declarations = declarations;
        this.repository = repository;
        this.evaluations = evaluations;
        this.status = status;
        this.steps = steps;
        this.history = history;
    }

    /**
     * The approved declaration of a demo evaluation's project and year, linked to it as the evaluation it was made
     * from: 送审, 审核通过 and 批复 recorded by the demo's administrator, version 1 the table's indicators.
     *
     * @return the declaration's id
     */
    public long approvedFor(long evaluationId, SelfEvaluation table, long organisationId, CurrentUser system) {
        Declaration d = Declaration.ofPrintedTable(table);
        long id = declarations.create(d, organisationId, system, AuditSource.DEMO);
        DocumentRef ref = DocumentRef.declaration(id);
        OffsetDateTime now = OffsetDateTime.now();
        int version = 0;
        EvaluationStatus from = EvaluationStatus.DRAFT;
        for (Transition t : List.of(Transition.SUBMIT, Transition.DEPT_APPROVE, Transition.FINANCE_APPROVE)) {
            version = status.changeStatus(ref, version, t.to(), t == Transition.SUBMIT ? system.id() : null,
                    t == Transition.SUBMIT ? now : null);
            steps.append(ref, t, from, t.to(), system.id(), system.displayName(), now, OPINION);
            history.record(ref, version, system.id(), system.displayName(), AuditSource.DEMO,
                    List.of(new AuditTrail.Change("status", from.name(), t.to().name())));
            from = t.to();
        }
        DeclarationVersion first = DeclarationVersion.first(d);
        repository.insertVersion(id, first, null, system.id(), now);
        repository.approved(id, 1, null);
        evaluations.link(evaluationId, id, first);
        return id;
    }

    /** The same project declared for the next year, in draft: as last year's, checked against it. */
    public long nextYearDraft(long lastYearId, CurrentUser filler) {
        StoredDeclaration last = declarations.get(lastYearId, filler);
        Declaration d = last.declaration();
        DeclarationHeader h = d.header();
        Declaration next = new Declaration(new DeclarationHeader(h.project(), h.projectCode(), h.department(), h.unit(),
                h.year() + 1, h.currencyUnit(), h.attribute(), h.firstYear(), h.lastYear(), h.manager(), h.phone()),
                d.annualFunding(), d.midtermFunding(), d.goals(), d.indicators());
        return declarations.create(next, last.organisationId(), filler, AuditSource.DEMO);
    }
}
