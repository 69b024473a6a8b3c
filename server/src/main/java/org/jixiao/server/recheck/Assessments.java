package org.jixiao.server.recheck;

import java.util.List;
import java.util.Objects;
import org.jixiao.server.evaluation.EvaluationRepository;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;
import org.springframework.stereotype.Component;

/**
 * The tables of an organisation's subtree and year, each scored and checked by the core on this request. Every
 * table is read again within the caller's scope, so an id listed by mistake outside it is dropped, not shown.
 */
@Component
class Assessments {
    private final RecheckRepository repository;
    private final EvaluationRepository evaluations;
    private final EvaluationService service;

    Assessments(RecheckRepository repository, EvaluationRepository evaluations, EvaluationService service) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.service = service;
    }

    List<Assessed> of(Scope scope, Organisation org, Integer year) {
        return repository.ids(scope, org, year).stream()
                .map(id -> evaluations.findById(id, scope).orElse(null))
                .filter(Objects::nonNull)
                .map(e -> Assessed.of(e, service.score(e)))
                .toList();
    }

    List<Integer> years(Scope scope, Organisation org) {
        return repository.years(scope, org);
    }
}
