package org.jixiao.bench.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.jixiao.bench.SyntheticTables;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.assessment.Assessor;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills an empty PostgreSQL database for the web benchmark: the schema from the server's own Flyway migrations,
 * an organisation tree of 4 provinces, N evaluations of about 15 indicators each scored by the core, spread over
 * six years and every workflow status, and benchmark accounts with API tokens.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jixiao.bench.web.EvaluationGenerator \
 *     [--db-url jdbc:postgresql://127.0.0.1:5432/jixiao_bench] [--db-user postgres] [--evaluations 100000] \
 *     [--seed 1] [--password bench-password] [--migrations server/src/main/resources/db/migration] [--out bench/web/target] \
 *     [--declarations 100000] [--monitoring 26000]</pre>
 *
 * Writes {@code tokens.env} (the API tokens), {@code ids-province.txt} (the evaluations the provincial reviewer
 * {@code bench-province} may read) and {@code ids-declarations-province.txt} (the declarations) into {@code --out},
 * for {@code bench/web/run-wrk.sh}. {@code --monitoring N}: N approved 2024 declarations in {@code bench-province}'s
 * province (a quarter as many in each other province) with a report each in their province's 1–7月 round.
 */
public final class EvaluationGenerator {
    private static final int BATCH = 2_000;
    /** The latest budget year SyntheticTables draws (2019–2024). */
    private static final int LAST_YEAR = 2024;

    private final Options options;
    private final SplittableRandom random;
    private final Scheme scheme = Schemes.builtIn().defaultScheme();
    /** The server's assessment of a stored form, so the 复核 figures written here are the ones a save would derive. */
    private final Assessor assessor = new Assessor(Schemes.builtIn());
    /** As the server names it, so it finds nothing to derive again at start. */
    private final String revision = RecheckFigures.revision(Schemes.builtIn().all());

    private EvaluationGenerator(Options options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        migrate(options);
        new EvaluationGenerator(options).fill();
        System.err.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The schema comes only from the server's migrations, never from here. */
    private static void migrate(Options o) {
        Flyway.configure()
                .dataSource(o.url, o.user, o.password)
                .locations("filesystem:" + o.migrations.resolve("common"), "filesystem:" + o.migrations.resolve("postgresql"))
                .load()
                .migrate();
    }

    private void fill() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(options.url, options.user, options.password)) {
            refuseIfFilled(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            OrgTree tree = OrgTree.build(6, 5, 6, 3);
            writeOrganisations(tree, copy);
            OrgTree.Org province = tree.byId(1);
            BenchAccounts accounts = new BenchAccounts();
            accounts.add(c, "bench-admin", "基准管理员", "ADMIN", null, options.benchPassword);
            long filler = accounts.add(c, "bench-filler", "基准填报人", "FILLER", tree.units().get(0).id(), options.benchPassword).id();
            long dept = accounts.add(c, "bench-dept", "基准审核人", "DEPT_REVIEWER", tree.units().get(0).parentId(),
                    options.benchPassword).id();
            long finance = accounts.add(c, "bench-province", "基准财政复核人", "FINANCE_REVIEWER", province.id(),
                    options.benchPassword).id();
            List<Long> inProvince = writeEvaluations(tree, province, copy, new EvaluationRows.Actors(filler, dept, finance));
            List<Long> declarationsInProvince = writeDeclarations(tree, province, copy,
                    new EvaluationRows.Actors(filler, dept, finance));
            writeMonitoring(tree, copy, new EvaluationRows.Actors(filler, dept, finance));
            try (Statement s = c.createStatement()) {
                // explicit ids were copied in: move the identity sequences past them
                for (String table : List.of("organisation", "evaluation", "workflow_step", "declaration",
                        "monitoring_round", "monitoring_report")) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
                }
                // statistics for the planner, and the visibility map that lets the list count from its indexes alone
                s.execute("VACUUM ANALYZE");
            }
            writeOutputs(accounts.tokens(), inProvince);
            Files.write(options.out.resolve("ids-declarations-province.txt"),
                    declarationsInProvince.stream().map(String::valueOf).toList());
        }
    }

    private static void refuseIfFilled(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM organisation) + (SELECT COUNT(*) FROM app_user)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds data; generate into an empty one");
            }
        }
    }

    private static void writeOrganisations(OrgTree tree, CopyManager copy) throws SQLException, IOException {
        CopyRows rows = new CopyRows("organisation", "id, parent_id, kind, name, region, level, path");
        for (OrgTree.Org o : tree.all()) {
            rows.add(o.id(), o.parentId(), o.kind(), o.name(), o.region(), o.level(), o.path());
        }
        rows.flush(copy);
        System.err.printf("%,d organisations (%,d units)%n", tree.all().size(), tree.units().size());
    }

    /** @return the ids in the province's scope */
    private List<Long> writeEvaluations(OrgTree tree, OrgTree.Org province, CopyManager copy, EvaluationRows.Actors actors)
            throws SQLException, IOException {
        List<OrgTree.Org> units = tree.units();
        SyntheticTables tables = new SyntheticTables(options.seed, 8, 22);
        EvaluationRows rows = new EvaluationRows(actors);
        List<Long> inProvince = new ArrayList<>();
        for (long id = 1; id <= options.evaluations; id++) {
            OrgTree.Org unit = units.get(random.nextInt(units.size()));
            OrgTree.Org department = tree.byId(unit.parentId());
            SelfEvaluation printed = tables.next();
            Header h = printed.header();
            int year = h.year();
            SelfEvaluation e = new SelfEvaluation(new Header(h.project(), department.name(), unit.name(), year,
                    h.currencyUnit(), unit.name(), h.disclosureNo(), h.kind()), printed.funding(), printed.goals(),
                    printed.indicators(), printed.reportedIndicatorWeightSum(), printed.reportedIndicatorScoreSum(),
                    printed.reportedMaxTotal(), printed.reportedTotal(), printed.reportedGrade(), printed.notes(),
                    printed.layout(), 0);
            Assessment assessed = assessor.form(e, scheme, Rechecks.NONE);
            ScoreSheet sheet = assessed.sheet();
            RecheckFigures figures = RecheckFigures.of(e, sheet, assessed.findings(), assessed.result());
            String status = status(year);
            OffsetDateTime created = OffsetDateTime.of(year + 1, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8))
                    .plusMinutes(random.nextInt(150 * 24 * 60));
            rows.add(id, unit, e, sheet, figures, revision, status, created, created.plusDays(random.nextInt(30)).plusMinutes(random.nextInt(600)));
            if (unit.path().startsWith(province.path())) {
                inProvince.add(id);
            }
            if (id % BATCH == 0 || id == options.evaluations) {
                rows.flush(copy);
            }
            if (id % 10_000 == 0) {
                System.err.printf("%,d evaluations, %,d indicators%n", id, rows.indicatorCount());
            }
        }
        System.err.printf("%,d evaluations, %,d indicators%n", options.evaluations, rows.indicatorCount());
        return inProvince;
    }

    /**
     * Declarations beside the evaluations: each a synthetic table's indicators and targets declared for a budget year
     * one after the table's (the budget request is made the year before), on a random unit; half with a 项目代码.
     * Older years are mostly approved (version 1 stored), the latest mostly drafts and in review.
     *
     * @return the ids in the province's scope
     */
    private List<Long> writeDeclarations(OrgTree tree, OrgTree.Org province, CopyManager copy, EvaluationRows.Actors actors)
            throws SQLException, IOException {
        List<OrgTree.Org> units = tree.units();
        SyntheticTables tables = new SyntheticTables(options.seed + 7, 8, 22);
        DeclarationRows rows = new DeclarationRows(actors);
        List<Long> inProvince = new ArrayList<>();
        for (long id = 1; id <= options.declarations; id++) {
            OrgTree.Org unit = units.get(random.nextInt(units.size()));
            OrgTree.Org department = tree.byId(unit.parentId());
            org.jixiao.core.declaration.Declaration printed = org.jixiao.core.declaration.Declaration.ofPrintedTable(tables.next());
            var h = printed.header();
            int year = h.year() + 1;
            String code = id % 2 == 0 ? String.format("51000021R%012d", id) : null;
            var d = new org.jixiao.core.declaration.Declaration(new org.jixiao.core.declaration.DeclarationHeader(h.project(),
                    code, department.name(), unit.name(), year, h.currencyUnit(), org.jixiao.core.declaration.ProjectAttribute.CONTINUING,
                    null, null, "", ""), printed.annualFunding(), null, printed.goals(), printed.indicators());
            String status = declarationStatus(year);
            OffsetDateTime created = OffsetDateTime.of(year - 1, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))
                    .plusMinutes(random.nextInt(90 * 24 * 60));
            rows.add(id, unit, d, status, created, created.plusDays(random.nextInt(30)).plusMinutes(random.nextInt(600)));
            if (unit.path().startsWith(province.path())) {
                inProvince.add(id);
            }
            if (id % BATCH == 0 || id == options.declarations) {
                rows.flush(copy);
            }
            if (id % 20_000 == 0) {
                System.err.printf("%,d declarations%n", id);
            }
        }
        return inProvince;
    }

    /**
     * Monitoring: per province a 1–7月 round of 2024 over approved declarations made for it — {@code --monitoring} in the
     * first province ({@code bench-province}'s), a quarter as many in each other —, ids after the other declarations.
     */
    private void writeMonitoring(OrgTree tree, CopyManager copy, EvaluationRows.Actors actors)
            throws SQLException, IOException {
        if (options.monitoring == 0) {
            return;
        }
        SyntheticTables tables = new SyntheticTables(options.seed + 13, 8, 22);
        DeclarationRows declarations = new DeclarationRows(actors);
        MonitoringRows rows = new MonitoringRows(random, actors);
        long declarationId = options.declarations;
        long reportId = 0;
        List<OrgTree.Org> provinces = tree.all().stream().filter(o -> o.parentId() == null).toList();
        for (int p = 0; p < provinces.size(); p++) {
            OrgTree.Org province = provinces.get(p);
            long roundId = p + 1;
            rows.round(roundId, province.id());
            List<OrgTree.Org> units = tree.units().stream().filter(u -> u.path().startsWith(province.path())).toList();
            int count = p == 0 ? options.monitoring : options.monitoring / 4;
            for (int n = 0; n < count; n++) {
                OrgTree.Org unit = units.get(random.nextInt(units.size()));
                OrgTree.Org department = tree.byId(unit.parentId());
                var printed = org.jixiao.core.declaration.Declaration.ofPrintedTable(tables.next());
                var h = printed.header();
                var d = new org.jixiao.core.declaration.Declaration(new org.jixiao.core.declaration.DeclarationHeader(
                        h.project(), null, department.name(), unit.name(), MonitoringRows.YEAR, h.currencyUnit(),
                        org.jixiao.core.declaration.ProjectAttribute.CONTINUING, null, null, "", ""),
                        printed.annualFunding(), null, printed.goals(), printed.indicators());
                OffsetDateTime created = OffsetDateTime.of(MonitoringRows.YEAR - 1, 9, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))
                        .plusMinutes(random.nextInt(90 * 24 * 60));
                declarations.add(++declarationId, unit, d, "FINANCE_APPROVED", created, created.plusDays(20));
                rows.add(++reportId, roundId, declarationId, unit, d);
                if (reportId % BATCH == 0) {
                    declarations.flush(copy);
                    rows.flush(copy);
                }
            }
        }
        declarations.flush(copy);
        rows.flush(copy);
        System.err.printf("%,d monitoring reports (%,d in the first province), by light %s%n", reportId,
                options.monitoring, rows.byLight());
    }

    private String declarationStatus(int year) {
        double r = random.nextDouble();
        if (year <= LAST_YEAR) {
            return r < 0.90 ? "FINANCE_APPROVED" : r < 0.95 ? "DEPT_APPROVED" : r < 0.98 ? "RETURNED" : "DRAFT";
        }
        return r < 0.35 ? "DRAFT" : r < 0.55 ? "SUBMITTED" : r < 0.70 ? "DEPT_APPROVED" : r < 0.80 ? "RETURNED"
                : "FINANCE_APPROVED";
    }

    /** Older years are mostly reviewed and published; the latest is mostly still in the works. */
    private String status(int year) {
        double r = random.nextDouble();
        if (year < LAST_YEAR) {
            return r < 0.60 ? "PUBLISHED" : r < 0.80 ? "FINANCE_APPROVED" : r < 0.88 ? "DEPT_APPROVED" : r < 0.93 ? "SUBMITTED"
                    : r < 0.95 ? "RETURNED" : "DRAFT";
        }
        return r < 0.40 ? "DRAFT" : r < 0.60 ? "SUBMITTED" : r < 0.75 ? "DEPT_APPROVED" : r < 0.85 ? "RETURNED"
                : r < 0.95 ? "FINANCE_APPROVED" : "PUBLISHED";
    }

    private void writeOutputs(Map<String, String> tokens, List<Long> inProvince) throws IOException {
        Files.createDirectories(options.out);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(options.out.resolve("tokens.env"), StandardCharsets.UTF_8))) {
            tokens.forEach((user, token) -> w.println("TOKEN_" + user.replace("bench-", "").toUpperCase() + "=" + token));
        }
        Files.write(options.out.resolve("ids-province.txt"), inProvince.stream().map(String::valueOf).toList());
        System.err.printf("%,d evaluations in the province's scope; tokens and ids in %s%n", inProvince.size(), options.out);
    }

    private record Options(String url, String user, String password, int evaluations, long seed, String benchPassword,
                           Path migrations, Path out, int declarations, int monitoring) {
        static Options parse(String[] args) {
            String url = System.getenv().getOrDefault("JIXIAO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/jixiao_bench");
            String user = System.getenv().getOrDefault("JIXIAO_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("JIXIAO_DB_PASSWORD", "");
            int evaluations = 100_000;
            long seed = 1;
            String benchPassword = "bench-password";
            Path migrations = Path.of("server/src/main/resources/db/migration");
            Path out = Path.of("bench/web/target");
            Integer declarations = null;
            int monitoring = 26_000;
            for (int k = 0; k < args.length; k++) {
                String v = k + 1 < args.length ? args[k + 1] : null;
                switch (args[k]) {
                    case "--db-url" -> url = v;
                    case "--db-user" -> user = v;
                    case "--db-password" -> password = v;
                    case "--evaluations" -> evaluations = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--password" -> benchPassword = v;
                    case "--migrations" -> migrations = Path.of(v);
                    case "--out" -> out = Path.of(v);
                    case "--declarations" -> declarations = Integer.parseInt(v);
                    case "--monitoring" -> monitoring = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[k]);
                }
                k++;
            }
            return new Options(url, user, password, evaluations, seed, benchPassword, migrations, out,
                    declarations == null ? evaluations : declarations, monitoring);
        }
    }
}
