package org.jixiao.server.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations and people brought in from a filled {@link PeopleWorkbook}: every row is checked first — kinds,
 * levels and roles by their names, parents and organisations among those that exist or come earlier in the file,
 * where each kind and role may stand, usernames free and passwords long enough — and then either everything is
 * written in one transaction or nothing is, with every row's problem in both languages.
 */
@Service
class PeopleImport {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** What came of it: how many were added, or the problems (and then nothing was added). */
    record Outcome(int organisations, int people, List<String> problems) {
    }

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    PeopleImport(OrganisationRepository organisations, UserRepository users, PasswordEncoder encoder,
                 MessageSource messages, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
        this.messages = messages;
        this.transaction = transaction;
    }

    Outcome run(InputStream in, CurrentUser admin) throws IOException {
        PeopleWorkbook.Rows rows = new PeopleWorkbook(messages).read(in);
        Plan plan = new Plan(admin);
        rows.organisations().forEach(plan::organisation);
        rows.people().forEach(plan::person);
        if (!plan.problems.isEmpty()) {
            return new Outcome(0, 0, plan.problems);
        }
        transaction.executeWithoutResult(status -> plan.apply());
        return new Outcome(plan.newOrganisations.size(), plan.newPeople.size(), List.of());
    }

    /** The rows checked one by one against what exists and what the file adds before them. */
    private final class Plan {
        private final CurrentUser admin;
        private final Map<String, Organisation> known = new HashMap<>();
        private final List<PeopleWorkbook.OrganisationRow> newOrganisations = new ArrayList<>();
        private final List<PeopleWorkbook.PersonRow> newPeople = new ArrayList<>();
        private final Set<String> usernames = new HashSet<>();
        private final List<String> problems = new ArrayList<>();

        Plan(CurrentUser admin) {
            this.admin = admin;
            organisations.findAll(admin.scope()).forEach(o -> known.put(o.name(), o));
        }

        void organisation(PeopleWorkbook.OrganisationRow r) {
            String where = PeopleWorkbook.ORGANISATIONS;
            OrgKind kind = byName(OrgKind.values(), r.kind(), "orgKind.");
            OrgLevel level = byName(OrgLevel.values(), r.level(), "orgLevel.");
            if (kind == null || level == null) {
                problem(where, r.row(), kind == null ? "people.import.kind" : "people.import.level", kind == null ? r.kind() : r.level());
                return;
            }
            if (!Administration.isAcceptableOrganisation(r.name(), r.region())) {
                problem(where, r.row(), "admin.refused.nameAndRegion");
                return;
            }
            if (known.containsKey(r.name())) {
                problem(where, r.row(), "people.import.organisationExists", r.name());
                return;
            }
            Organisation parent = r.parent().isEmpty() ? null : known.get(r.parent());
            if (!r.parent().isEmpty() && parent == null) {
                problem(where, r.row(), "people.import.noSuchOrganisation", r.parent());
                return;
            }
            Organisation planned = new Organisation(-r.row(), parent == null ? null : parent.id(), kind, r.name(), r.region(),
                    level, "/planned-" + r.row() + "/");
            String refusal = OrgPlacement.refusal(planned, parent);
            if (refusal != null) {
                problem(where, r.row(), refusal);
                return;
            }
            known.put(r.name(), planned);
            newOrganisations.add(r);
        }

        void person(PeopleWorkbook.PersonRow r) {
            String where = PeopleWorkbook.PEOPLE;
            if (!USERNAME.matcher(r.username()).matches()) {
                problem(where, r.row(), "validation.username");
            } else if (users.findByUsername(r.username()).isPresent() || !usernames.add(r.username())) {
                problem(where, r.row(), "admin.refused.usernameTaken");
            } else if (r.displayName().isEmpty() || r.displayName().length() > 100) {
                problem(where, r.row(), "people.import.displayName");
            } else if (!Administration.isAcceptablePassword(r.password())) {
                problem(where, r.row(), "validation.password");
            } else {
                Role role = byName(Role.values(), r.role(), "role.");
                Organisation org = r.organisation().isEmpty() ? null : known.get(r.organisation());
                String refusal = role == null ? "people.import.role"
                        : !r.organisation().isEmpty() && org == null ? "people.import.noSuchOrganisation"
                        : RoleFit.refusal(role, org);
                if (refusal != null) {
                    problem(where, r.row(), refusal, role == null ? r.role() : r.organisation());
                } else {
                    newPeople.add(r);
                }
            }
        }

        void apply() {
            Map<String, Organisation> created = new HashMap<>();
            for (PeopleWorkbook.OrganisationRow r : newOrganisations) {
                Organisation parent = r.parent().isEmpty() ? null : created.getOrDefault(r.parent(), known.get(r.parent()));
                created.put(r.name(), organisations.create(parent, byName(OrgKind.values(), r.kind(), "orgKind."), r.name(),
                        r.region(), byName(OrgLevel.values(), r.level(), "orgLevel.")));
            }
            for (PeopleWorkbook.PersonRow r : newPeople) {
                Organisation org = r.organisation().isEmpty() ? null : created.getOrDefault(r.organisation(), known.get(r.organisation()));
                users.create(r.username(), encoder.encode(r.password()), r.displayName(), byName(Role.values(), r.role(), "role."),
                        org == null ? null : org.id());
            }
        }

        private void problem(String sheet, int row, String key, Object... args) {
            problems.add("工作表“" + sheet + "”第 " + row + " 行：" + messages.getMessage(key, args, Locale.CHINESE)
                    + " / sheet \"" + sheet + "\" row " + row + ": " + messages.getMessage(key, args, Locale.ENGLISH));
        }

        /** The value a cell names: its Chinese name as the pages show it, or the API's name. */
        private <E extends Enum<E>> E byName(E[] values, String cell, String keyPrefix) {
            for (E v : values) {
                if (v.name().equalsIgnoreCase(cell) || messages.getMessage(keyPrefix + v.name(), null, Locale.CHINESE).equals(cell)) {
                    return v;
                }
            }
            return null;
        }
    }
}
