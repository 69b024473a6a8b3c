package org.jixiao.server.recheck;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.checks.Checks;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 复核 list of a department or region for reviewers, over the figures derived when each table was stored
 * ({@link RecheckDerivation}): ranked, filtered, paged and summed by the database, so a province's tens of thousands
 * of tables answer like one page of them.
 */
@Service
public class RecheckService {
    private final RecheckRepository repository;
    private final OrganisationRepository organisations;

    RecheckService(RecheckRepository repository, OrganisationRepository organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    /** The departments and finance bureaus (regions) the caller may choose from. */
    public List<Organisation> choices(CurrentUser user) {
        checkMayRecheck(user);
        return organisations.findAllBut(user.scope(), OrgKind.UNIT);
    }

    /**
     * The list for an organisation in the caller's scope.
     *
     * @throws ForbiddenException for fillers, whose work is one unit's forms, not comparing units
     * @throws NotFoundException  for an organisation out of scope (or none the caller may see)
     */
    @Transactional(readOnly = true)
    public RecheckResult list(RecheckQuery query, CurrentUser user) {
        Organisation org = organisation(query.org(), user);
        RecheckQuery q = query.withOrg(org.id());
        RecheckConditions where = new RecheckConditions(user.scope(), org, q.year(), q.withDrafts());
        SummaryTally tally = new SummaryTally();
        repository.groups(where, false).forEach(tally::add);
        RecheckSummary summary = tally.summary(q.unit());
        long total = q.filters() ? repository.count(where, q) : summary.tables();
        long offset = (long) q.page() * q.size();
        List<RecheckRow> rows = offset >= total ? List.of() : repository.ranked(where, q, q.size(), offset);
        return new RecheckResult(org, q, repository.years(user.scope(), org), summary,
                new Page<>(rows, total, q.page(), q.size()));
    }

    /** Every table the filters admit, ranked, for the export. */
    public record Ranked(Organisation organisation, RecheckQuery query, List<RecheckRow> rows) {
    }

    @Transactional(readOnly = true)
    public Ranked ranked(RecheckQuery query, CurrentUser user) {
        Organisation org = organisation(query.org(), user);
        RecheckQuery q = query.withOrg(org.id());
        return new Ranked(org, q, repository.ranked(new RecheckConditions(user.scope(), org, q.year(), q.withDrafts()), q, null, 0));
    }

    /** Every code a re-check can raise: the choices of the code filter. */
    public List<String> codes() {
        return Checks.codes(Checks.all());
    }

    private Organisation organisation(Long id, CurrentUser user) {
        checkMayRecheck(user);
        if (id != null) {
            return organisations.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("organisation " + id));
        }
        // one's own organisation without reading the picker's hundreds, where it is one to choose
        Optional<Organisation> own = user.organisationId() == null ? Optional.empty()
                : organisations.findById(user.organisationId(), user.scope()).filter(o -> o.kind() != OrgKind.UNIT);
        return own.or(() -> user.ownOrFirstOf(choices(user)))
                .orElseThrow(() -> new NotFoundException("no organisation in scope"));
    }

    /** @throws ForbiddenException for fillers, before anything kept for others is looked at */
    public void checkMayRecheck(CurrentUser user) {
        Policies.MAY_READ_RECHECKS.decide(user).orThrow();
    }
}
