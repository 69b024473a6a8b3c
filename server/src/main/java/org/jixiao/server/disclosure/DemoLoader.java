package org.jixiao.server.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.declaration.DemoDeclarations;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrgLevel;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.User;
import org.jixiao.server.org.UserRepository;
import org.jixiao.server.system.DemoMode;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start in demo mode (an empty database), loads the organisations behind the seven sample tables,
 * the tables themselves (carried inside the application, under {@code demo/}) and the demo users, all with the
 * password {@code demo}.
 */
@Component
@Order(5)
class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    /** The sample disclosures and the year of those that print none. */
    private static final List<DemoFile> FILES = List.of(
            new DemoFile("demo/000_04ee162c2bec9128.txt", 2023),
            new DemoFile("demo/003_c9ca6d132b3858a0.txt", 2023),
            new DemoFile("demo/004_1c7597119af05248.txt", 2022));

    private record DemoFile(String resource, int year) {
    }

    private final DemoMode demo;
    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final EvaluationService evaluations;
    private final JixiaoUserDetailsService details;
    private final TransactionTemplate tx;
    private final DemoDeclarations declarations;

    DemoLoader(DemoMode demo, OrganisationRepository organisations, UserRepository users, PasswordEncoder encoder,
               EvaluationService evaluations, JixiaoUserDetailsService details, TransactionTemplate tx,
               DemoDeclarations declarations) {
        this.declarations = declarations;
        this.demo = demo;
        this.organisations = organisations;
        this.users = users;
        this.encoder = encoder;
        this.evaluations = evaluations;
        this.details = details;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isOn() || organisations.count() > 0 || users.count() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
        LOG.info("demo loaded / 已载入演示数据");
    }

    private void load() {
        Organisation ynFinance = organisations.create(null, OrgKind.FINANCE_BUREAU, "云南省财政厅", "云南省", OrgLevel.PROVINCE);
        Organisation ynDept = organisations.create(ynFinance, OrgKind.DEPARTMENT, "云南省工业和信息化厅", "云南省", OrgLevel.PROVINCE);
        Organisation ynUnit = organisations.create(ynDept, OrgKind.UNIT, "云南省信息技术发展中心", "云南省", OrgLevel.PROVINCE);
        Organisation jsFinance = organisations.create(null, OrgKind.FINANCE_BUREAU, "江苏省财政厅", "江苏省", OrgLevel.PROVINCE);
        Organisation szFinance = organisations.create(jsFinance, OrgKind.FINANCE_BUREAU, "苏州市财政局", "江苏省苏州市", OrgLevel.CITY);
        Organisation szDept = organisations.create(szFinance, OrgKind.DEPARTMENT, "苏州市信息中心", "江苏省苏州市", OrgLevel.CITY);
        Organisation shFinance = organisations.create(null, OrgKind.FINANCE_BUREAU, "上海市财政局", "上海市", OrgLevel.PROVINCE);
        Organisation mhFinance = organisations.create(shFinance, OrgKind.FINANCE_BUREAU, "闵行区财政局", "上海市闵行区", OrgLevel.COUNTY);
        Organisation mhDept = organisations.create(mhFinance, OrgKind.DEPARTMENT, "闵行区科学技术委员会", "上海市闵行区", OrgLevel.COUNTY);
        Organisation mhService = organisations.create(mhDept, OrgKind.UNIT, "上海市闵行区信息服务中心", "上海市闵行区", OrgLevel.COUNTY);
        Organisation mhInfo = organisations.create(mhDept, OrgKind.UNIT, "上海市闵行区信息中心", "上海市闵行区", OrgLevel.COUNTY);

        String hash = encoder.encode("demo");
        User admin = users.create("admin", hash, "系统管理员", Role.ADMIN, null);
        User ynFiller = users.create("yn-filler", hash, "云南填报人", Role.FILLER, ynUnit.id());
        users.create("yn-reviewer", hash, "云南工信厅审核人", Role.DEPT_REVIEWER, ynDept.id());
        users.create("yn-finance", hash, "云南财政复核人", Role.FINANCE_REVIEWER, ynFinance.id());
        users.create("mh-filler", hash, "闵行填报人", Role.FILLER, mhService.id());
        users.create("mh-reviewer", hash, "闵行科委审核人", Role.DEPT_REVIEWER, mhDept.id());
        users.create("sz-filler", hash, "苏州填报人", Role.FILLER, szDept.id());

        Map<String, Organisation> byName = new HashMap<>();
        for (Organisation o : List.of(ynDept, ynUnit, szDept, mhService, mhInfo)) {
            byName.put(o.name(), o);
        }
        var system = details.toCurrentUser(admin, false);
        DisclosureReader reader = new DisclosureReader();
        Long firstYunnan = null;
        for (DemoFile file : FILES) {
            String text = resource(file.resource());
            String source = file.resource().substring("demo/".length());
            for (ReadTable table : reader.read(text, source).tables()) {
                var e = DisclosureImport.withYear(table.evaluation(), file.year());
                Organisation org = byName.get(e.header().unit() == null ? "" : e.header().unit().strip());
                if (org == null) {
                    org = byName.getOrDefault(e.header().department(), mhDept);
                }
                String scheme = org.equals(szDept) ? "suzhou-2023" : "national-2020";
                long evaluation = evaluations.create(e, scheme, org.id(), system, AuditSource.DEMO, source + " #" + table.index());
                // the approved declaration each table was filled from, linked; the table stays as imported
                long declaration = declarations.approvedFor(evaluation, e, org.id(), system);
                if (firstYunnan == null && org.equals(ynUnit)) {
                    firstYunnan = declaration;
                }
            }
        }
        if (firstYunnan != null) {
            declarations.nextYearDraft(firstYunnan, details.toCurrentUser(ynFiller, false));
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo table missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
