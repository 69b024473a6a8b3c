package org.jixiao.server.overview;

import java.util.List;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Scope;
import org.jixiao.server.recheck.Breakdown;
import org.jixiao.server.recheck.Breakdowns;
import org.springframework.stereotype.Service;

/**
 * Departments and regions at a glance, for everyone within their scope: a filler's scope is their unit, so they
 * see their own unit's figures and nothing beside it.
 */
@Service
public class OverviewService {
    private final OrganisationRepository organisations;
    private final Breakdowns breakdowns;

    OverviewService(OrganisationRepository organisations, Breakdowns breakdowns) {
        this.organisations = organisations;
        this.breakdowns = breakdowns;
    }

    /** @throws NotFoundException for an organisation out of scope, or when the caller may see none */
    public Overview overview(OverviewQuery query, CurrentUser user) {
        Scope scope = user.scope();
        List<Organisation> visible = organisations.findAll(scope);
        Organisation org = query.org() != null
                ? organisations.findById(query.org(), scope).orElseThrow(() -> new NotFoundException("organisation " + query.org()))
                : user.ownOrFirstOf(visible).orElseThrow(() -> new NotFoundException("no organisation in scope"));
        OverviewQuery q = new OverviewQuery(org.id(), query.year(), query.unit(), query.drafts());
        Breakdown breakdown = breakdowns.of(scope, org, visible, q.year(), q.unit(), q.withDrafts());
        List<Organisation> ancestors = visible.stream()
                .filter(o -> o.id() != org.id() && org.path().startsWith(o.path())).toList();
        return new Overview(q, breakdown, breakdowns.years(scope, org), visible, ancestors);
    }
}
