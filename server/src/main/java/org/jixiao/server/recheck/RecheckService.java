package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.jixiao.core.checks.Checks;
import org.jixiao.server.evaluation.ForbiddenException;
import org.jixiao.server.evaluation.NotFoundException;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Role;
import org.jixiao.server.system.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 复核 list of a department or region for reviewers. Findings are the core's, computed on every request
 * rather than stored, so a scheme or check that changes shows at once; hence the ranking is made in memory over
 * the organisation's tables of the year.
 */
@Service
public class RecheckService {
    private static final Comparator<RecheckRow> BY_GAP = Comparator
            .comparing(RecheckRow::gap, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(RecheckRow::project, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(RecheckRow::id);

    private final Assessments assessments;
    private final OrganisationRepository organisations;

    RecheckService(Assessments assessments, OrganisationRepository organisations) {
        this.assessments = assessments;
        this.organisations = organisations;
    }

    /** The departments and finance bureaus (regions) the caller may choose from. */
    public List<Organisation> choices(CurrentUser user) {
        checkMayRecheck(user);
        return organisations.findAll(user.scope()).stream().filter(o -> o.kind() != OrgKind.UNIT).toList();
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
        List<Assessed> tables = assessments.of(user.scope(), org, q.year());
        List<RecheckRow> ranked = tables.stream().map(a -> RecheckRow.of(a, q.unit()))
                .filter(r -> r.admittedBy(q)).sorted(BY_GAP).toList();
        return new RecheckResult(org, q, assessments.years(user.scope(), org), RecheckSummary.of(tables, q.unit()), ranked);
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
        return user.ownOrFirstOf(choices(user)).orElseThrow(() -> new NotFoundException("no organisation in scope"));
    }

    private static void checkMayRecheck(CurrentUser user) {
        if (!(user.is(Role.FINANCE_REVIEWER) || user.is(Role.DEPT_REVIEWER) || user.is(Role.ADMIN))) {
            throw new ForbiddenException("error.notYourRecheck");
        }
    }
}
