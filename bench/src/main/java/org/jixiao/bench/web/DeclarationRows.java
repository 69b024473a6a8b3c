package org.jixiao.bench.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationChecks;
import org.jixiao.core.declaration.DeclarationContext;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declaration as the server's tables hold it (migration V20): the declaration row with its body — the JSON the
 * server's {@code DeclarationBodies} writes: header, annual and midterm funding, goals, indicators with their keys —,
 * its error and warning counts from the core's checks, and for an approved one version 1 and the steps that brought it
 * there.
 */
final class DeclarationRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CopyRows declarations = new CopyRows("declaration", """
            id, organisation_id, budget_year, project, project_code, identity_key, department, unit, status, goal_grade,
            approved_version, errors, warnings, body, submitted_by, submitted_at, created_by, created_at, updated_at, version""");
    private final CopyRows versions = new CopyRows("declaration_version",
            "declaration_id, number, adjustment_id, body, approved_by, approved_at");
    private final CopyRows steps = new CopyRows("workflow_step", """
            document_kind, document_id, action, from_status, to_status, actor_id, actor_name, acted_at, opinion""");
    private final EvaluationRows.Actors actors;

    DeclarationRows(EvaluationRows.Actors actors) {
        this.actors = actors;
    }

    void add(long id, OrgTree.Org unit, Declaration d, String status, OffsetDateTime created, OffsetDateTime updated) {
        DeclarationHeader h = d.header();
        List<Finding> findings = DeclarationChecks.run(DeclarationContext.of(d));
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        boolean submitted = !status.equals("DRAFT");
        boolean approved = status.equals("FINANCE_APPROVED");
        OffsetDateTime submittedAt = submitted ? created.plusDays(2) : null;
        String identity = h.projectCode() != null ? "code:" + h.projectCode() : "name:" + org.jixiao.core.text.Text.key(h.project()) + "#" + id;
        int version = 0;
        if (submitted) {
            step(id, "SUBMIT", "DRAFT", "SUBMITTED", actors.filler(), "基准填报人", submittedAt);
            version++;
            if (!status.equals("SUBMITTED")) {
                step(id, "DEPT_APPROVE", "SUBMITTED", "DEPT_APPROVED", actors.deptReviewer(), "基准审核人", submittedAt.plusDays(2));
                version++;
            }
            if (approved) {
                step(id, "FINANCE_APPROVE", "DEPT_APPROVED", "FINANCE_APPROVED", actors.financeReviewer(), "基准财政复核人",
                        submittedAt.plusDays(5));
                version++;
            } else if (status.equals("RETURNED")) {
                step(id, "DEPT_RETURN", "DEPT_APPROVED", "RETURNED", actors.deptReviewer(), "基准审核人", submittedAt.plusDays(3));
                version++;
            }
        }
        declarations.add(id, unit.id(), h.year(), h.project(), h.projectCode(), identity, h.department(), h.unit(), status,
                approved ? "优" : null, approved ? 1 : null, errors, warnings, JSON.writeValueAsString(body(d, false)),
                submitted ? actors.filler() : null, submittedAt, actors.filler(), created, updated, version);
        if (approved) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("number", 1);
            v.put("declaration", body(d, true));
            v.put("removed", List.of());
            v.put("nextKey", d.indicators().size() + 1);
            versions.add(id, 1, null, JSON.writeValueAsString(v), actors.financeReviewer(), submittedAt.plusDays(5));
        }
    }

    private void step(long id, String action, String from, String to, long actor, String name, OffsetDateTime at) {
        steps.add("DECLARATION", id, action, from, to, actor, name, at, null);
    }

    void flush(CopyManager copy) throws SQLException, IOException {
        declarations.flush(copy);
        versions.flush(copy);
        steps.flush(copy);
    }

    /** The server's DeclarationBodies.Body, field for field; keyed 1…n in a version, 0 as filed. */
    private static Map<String, Object> body(Declaration d, boolean keyed) {
        DeclarationHeader h = d.header();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("project", h.project());
        header.put("projectCode", h.projectCode());
        header.put("department", h.department());
        header.put("unit", h.unit());
        header.put("year", h.year());
        header.put("currencyUnit", h.currencyUnit() == null ? null : h.currencyUnit().name());
        header.put("attribute", h.attribute() == null ? null : h.attribute().name());
        header.put("firstYear", h.firstYear());
        header.put("lastYear", h.lastYear());
        header.put("manager", h.manager());
        header.put("phone", h.phone());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("header", header);
        body.put("annual", funding(d.annualFunding().total(), d.annualFunding().fiscal(), d.annualFunding().other()));
        body.put("midterm", funding(null, null, null));
        body.put("annualGoal", d.goals().annual());
        body.put("midtermGoal", d.goals().midterm());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int k = 0; k < d.indicators().size(); k++) {
            DeclaredIndicator i = d.indicators().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", keyed ? k + 1 : 0);
            m.put("level1", i.level1());
            m.put("level2", i.level2());
            m.put("name", i.name());
            m.put("operator", i.target().operator().name());
            m.put("value", i.target().value());
            m.put("unit", i.target().unit());
            m.put("text", i.target().text());
            m.put("weight", i.weight());
            m.put("standard", i.standard());
            m.put("explanation", i.explanation());
            indicators.add(m);
        }
        body.put("indicators", indicators);
        return body;
    }

    private static Map<String, Object> funding(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("total", total);
        f.put("fiscal", fiscal);
        f.put("other", other);
        return f;
    }
}
