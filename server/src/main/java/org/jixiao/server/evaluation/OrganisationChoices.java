package org.jixiao.server.evaluation;

import java.util.List;
import java.util.Optional;
import org.jixiao.server.common.OptionTags;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Scope;
import org.springframework.stereotype.Component;

/**
 * The organisations the list's pickers offer, within the caller's scope: the departments, and the units of the
 * department chosen. A province holds hundreds of units; offering them all made the pickers most of the list page's
 * time, so units wait for a department unless the scope has a single one (or none: a unit's own people).
 */
@Component
public class OrganisationChoices {
    private final OrganisationRepository organisations;

    OrganisationChoices(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** One option of a picker; selected is decided here so that the template compares nothing. */
    public record Choice(long id, String name, boolean selected) {
    }

    /** @param unitsWaitForDepartment no department is chosen and the scope has several: the unit picker says so */
    public record Pickers(List<Choice> departments, List<Choice> units, boolean unitsWaitForDepartment) {
        /**
         * The departments' {@code <option>}s in one piece, for {@code th:utext}: a province's hundreds of departments
         * as a {@code th:each} were three expressions each, some 700 a page.
         */
        public String departmentOptions() {
            return html(departments);
        }

        public String unitOptions() {
            return html(units);
        }

        private static String html(List<Choice> choices) {
            StringBuilder out = new StringBuilder(choices.size() * 48);
            choices.forEach(c -> OptionTags.append(out, c.id(), c.name(), c.selected()));
            return out.toString();
        }
    }

    public Pickers of(Long departmentId, Long unitId, Scope scope) {
        List<Organisation> departments = organisations.findAll(scope, OrgKind.DEPARTMENT);
        Optional<Organisation> department = departmentId != null
                ? departments.stream().filter(d -> d.id() == departmentId).findFirst()
                : departments.size() == 1 ? Optional.of(departments.get(0)) : Optional.empty();
        boolean waiting = department.isEmpty() && !departments.isEmpty();
        List<Organisation> units = waiting ? List.of()
                : organisations.findAll(department.map(d -> Scope.subtreeOf(d.path())).orElse(scope)).stream()
                        .filter(o -> o.kind() != OrgKind.FINANCE_BUREAU).toList();
        return new Pickers(choices(departments, departmentId), choices(units, unitId), waiting);
    }

    private static List<Choice> choices(List<Organisation> offered, Long selected) {
        return offered.stream().map(o -> new Choice(o.id(), o.name(), selected != null && selected == o.id())).toList();
    }
}
