package org.jixiao.server.publication;

import java.util.List;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.evaluation.EvaluationRepository;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.evaluation.Scored;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read: the published tables and nothing else. A table is read with the whole tree as scope
 * because nobody is signed in; the status is checked before it is read and again on what was read, so a table
 * withdrawn in between is not shown either.
 */
@Service
public class PublishedTables {
    /** A published table: the form as published with its score sheet. */
    public record Published(StoredEvaluation stored, Scored scored, FinalResult finalResult) {
    }

    private final PublishedRepository repository;
    private final EvaluationRepository evaluations;
    private final EvaluationService service;

    PublishedTables(PublishedRepository repository, EvaluationRepository evaluations, EvaluationService service) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.service = service;
    }

    public Page<PublishedRow> list(PublishedQuery query) {
        return repository.find(query);
    }

    /** @throws NotFoundException for any id that is not a published table: drafts look exactly like missing ids */
    @Transactional(readOnly = true)
    public Published get(long id) {
        if (!repository.isPublished(id)) {
            throw new NotFoundException("published table " + id);
        }
        StoredEvaluation stored = evaluations.findById(id, Scope.EVERYTHING)
                .filter(e -> e.status() == EvaluationStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("published table " + id));
        Scored scored = service.score(stored);
        return new Published(stored, scored, scored.result());
    }

    public List<Integer> years() {
        return repository.years();
    }

    public List<String> regions() {
        return repository.regions();
    }

    public List<String> departments() {
        return repository.departments();
    }
}
