package org.jixiao.server.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.results.NextDeclarationGate;
import org.jixiao.core.results.ResultsPolicy;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.text.Text;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.declaration.DeclarationRepository;
import org.jixiao.server.declaration.LastYearCheck;
import org.jixiao.server.declaration.LastYearResult;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.springframework.stereotype.Service;

/**
 * 结果应用: the final result of each reviewed self-evaluation of a year and what the policy does with it; and, asked by
 * the declarations, what last year's result says of declaring the project again.
 */
@Service
public class ResultsService implements LastYearCheck {
    /** One project's result: the final total and grade (re-check first), the action and the suggested cut in 元. */
    record ProjectResult(long evaluationId, String project, long organisationId, String organisation, BigDecimal total,
                         String grade, FinalResult.Source source, org.jixiao.core.results.BudgetAction action,
                         BigDecimal budget, BigDecimal cut, boolean proposesRectification) {
    }

    /** The forms are Chinese: a notice's text is too, whoever reads the page. */
    private static final java.util.Locale FORMS = java.util.Locale.SIMPLIFIED_CHINESE;

    private final ResultsRepository repository;
    private final EvaluationService evaluations;
    private final OrganisationRepository organisations;
    private final ResultsPolicy policy = ResultsPolicy.national();

    private final org.jixiao.server.rectification.RectificationProposals proposals;
    private final org.springframework.context.MessageSource messages;

    ResultsService(ResultsRepository repository, EvaluationService evaluations, OrganisationRepository organisations,
                   org.jixiao.server.rectification.RectificationProposals proposals,
                   org.springframework.context.MessageSource messages) {
        this.proposals = proposals;
        this.messages = messages;
        this.repository = repository;
        this.evaluations = evaluations;
        this.organisations = organisations;
    }

    ResultsPolicy policy() {
        return policy;
    }

    /** The results of a year under an organisation the caller may see, by project. */
    List<ProjectResult> of(long organisationId, int year, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        List<ProjectResult> out = new ArrayList<>();
        for (ResultsRepository.Row row : repository.reviewed(year, user.scope(), org.path() + "%")) {
            FinalResult result = finalResult(row.id(), user);
            ResultsPolicy.Decision d = policy.decide(result.grade(), row.budgetYuan());
            out.add(new ProjectResult(row.id(), row.project(), row.organisationId(), row.organisation(),
                    money(result.total()), result.grade(), result.source(), d == null ? null : d.action(),
                    money(row.budgetYuan()), d == null ? null : money(d.cut()), policy.proposesRectification(result.grade())));
        }
        return out;
    }

    /** The notices already drafted from these results' evaluations, in scope: evaluation id → notice id. */
    Map<Long, Long> rectifications(List<ProjectResult> rows, CurrentUser user) {
        return proposals.existing(org.jixiao.core.results.Rectification.Source.EVALUATION,
                rows.stream().map(ProjectResult::evaluationId).toList(), user);
    }

    /**
     * Finance turns the rectification a 中 / 差 final grade proposes into a draft notice in one step: its id. Its
     * requirement names the year, the grade, the score and whose it is; its budget advice the policy's action.
     *
     * @throws org.jixiao.server.common.WorkflowException the evaluation is not reviewed, its grade proposes no notice,
     *                                                    or it has one already
     */
    long proposeRectification(long evaluationId, CurrentUser user) {
        var e = evaluations.get(evaluationId, user);
        if (!ResultsRepository.REVIEWED.contains(e.status().name())) {
            throw new org.jixiao.server.common.WorkflowException("rectification.validation.sourceNotReviewed");
        }
        FinalResult result = finalResult(evaluationId, user);
        if (!policy.proposesRectification(result.grade())) {
            throw new org.jixiao.server.common.WorkflowException("rectification.validation.notProposed");
        }
        ResultsPolicy.Decision d = policy.decide(result.grade(), null);
        String project = e.form().header().project();
        Integer year = e.form().header().year();
        String source = messages.getMessage("results.source." + result.source().name(), null, FORMS);
        return proposals.fromEvaluation(evaluationId, e.organisationId(),
                messages.getMessage("rectification.proposedTitleGrade", new Object[] {project, year}, FORMS),
                messages.getMessage("rectification.proposedRequirementGrade",
                        new Object[] {year, result.grade(), money(result.total()), source}, FORMS),
                d == null ? "" : messages.getMessage("rectification.proposedAdvice." + d.action().name(),
                        new Object[] {policy.cutPct()}, FORMS),
                user);
    }

    private FinalResult finalResult(long evaluationId, CurrentUser user) {
        return evaluations.score(evaluations.get(evaluationId, user)).result();
    }

    /**
     * Last year of the declared project in the same organisation: the reviewed self-evaluation made from last year's
     * declaration of the project (same 项目代码, else name), or of the same name; none where the year has no record.
     */
    @Override
    public LastYearResult judge(Declaration declaration, long organisationId, CurrentUser user) {
        Integer year = declaration.header().year();
        if (year == null) {
            return LastYearResult.allowed(0);
        }
        int last = year - 1;
        String key = DeclarationRepository.identityKey(declaration);
        List<Long> declared = repository.declared(organisationId, last, key);
        String name = Text.key(declaration.header().project());
        List<ResultsRepository.Row> candidates = repository.ofOrganisation(organisationId, last, user.scope()).stream()
                .filter(r -> declared.contains(r.id()) || Text.key(r.project()).equals(name))
                .toList();
        Optional<ResultsRepository.Row> reviewed = candidates.stream()
                .filter(r -> ResultsRepository.REVIEWED.contains(r.status())).findFirst();
        if (reviewed.isPresent()) {
            ResultsRepository.Row row = reviewed.get();
            FinalResult result = finalResult(row.id(), user);
            ResultsPolicy.Decision d = policy.decide(result.grade(), null);
            return new LastYearResult(NextDeclarationGate.judge(policy, NextDeclarationGate.LastYear.GRADED, result.grade(),
                    last), last, row.id(), result.grade(), money(result.total()),
                    result.isRechecked() ? money(row.gap()) : null, d == null ? null : d.action());
        }
        boolean needed = repository.declarationApproved(organisationId, last, key);
        return new LastYearResult(NextDeclarationGate.judge(policy, needed ? NextDeclarationGate.LastYear.EVALUATION_MISSING
                : NextDeclarationGate.LastYear.NO_RECORD, null, last), last, null, null, null, null, null);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
