package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.IndicatorChange;
import org.jixiao.core.declaration.ProjectAttribute;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON kept in the {@code body} columns: a declaration as filed, an approved version, an adjustment. Every field
 * of the core's records is written as it is (a target's operator, number, unit and printed text), so what is read
 * back is the record that was stored.
 */
@Component
class DeclarationBodies {
    record Header(String project, String projectCode, String department, String unit, Integer year, String currencyUnit,
                  String attribute, Integer firstYear, Integer lastYear, String manager, String phone) {
    }

    record Funding(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    record Indicator(int key, String level1, String level2, String name, String operator, BigDecimal value, String unit,
                     String text, BigDecimal weight, String standard, String explanation) {
    }

    record Body(Header header, Funding annual, Funding midterm, String annualGoal, String midtermGoal,
                List<Indicator> indicators) {
    }

    record Removed(Indicator indicator, int fromVersion) {
    }

    record Version(int number, Body declaration, List<Removed> removed, int nextKey) {
    }

    record Change(String kind, Integer indicatorIndex, Indicator indicator) {
    }

    record AdjustmentBody(String goals, String explanation, BigDecimal amount, List<Change> changes) {
    }

    private final JsonMapper json;

    DeclarationBodies(JsonMapper json) {
        this.json = json;
    }

    String write(Declaration d) {
        return json.writeValueAsString(body(d));
    }

    Declaration declaration(String text) {
        return declaration(json.readValue(text, Body.class));
    }

    String write(DeclarationVersion v) {
        return json.writeValueAsString(new Version(v.number(), body(v.declaration()),
                v.removed().stream().map(r -> new Removed(indicator(r.indicator()), r.fromVersion())).toList(), v.nextKey()));
    }

    DeclarationVersion version(String text) {
        Version v = json.readValue(text, Version.class);
        return new DeclarationVersion(v.number(), declaration(v.declaration()),
                v.removed().stream().map(r -> new DeclarationVersion.Removed(indicator(r.indicator()), r.fromVersion())).toList(),
                v.nextKey());
    }

    String write(Adjustment a) {
        return json.writeValueAsString(new AdjustmentBody(a.goals(), a.explanation(), a.amount(), a.changes().stream()
                .map(c -> new Change(c.kind().name(), c.indicatorIndex(), c.indicator() == null ? null : indicator(c.indicator())))
                .toList()));
    }

    Adjustment adjustment(String text) {
        AdjustmentBody b = json.readValue(text, AdjustmentBody.class);
        return new Adjustment(b.goals(), b.explanation(), b.amount(), b.changes().stream()
                .map(c -> new IndicatorChange(IndicatorChange.Kind.valueOf(c.kind()), c.indicatorIndex(),
                        c.indicator() == null ? null : indicator(c.indicator())))
                .toList());
    }

    private static Body body(Declaration d) {
        DeclarationHeader h = d.header();
        return new Body(new Header(h.project(), h.projectCode(), h.department(), h.unit(), h.year(),
                h.currencyUnit() == null ? null : h.currencyUnit().name(), h.attribute() == null ? null : h.attribute().name(),
                h.firstYear(), h.lastYear(), h.manager(), h.phone()),
                funding(d.annualFunding()), funding(d.midtermFunding()), d.goals().annual(), d.goals().midterm(),
                d.indicators().stream().map(DeclarationBodies::indicator).toList());
    }

    private static Declaration declaration(Body b) {
        Header h = b.header();
        DeclarationHeader header = new DeclarationHeader(h.project(), h.projectCode(), h.department(), h.unit(), h.year(),
                h.currencyUnit() == null ? null : CurrencyUnit.valueOf(h.currencyUnit()),
                h.attribute() == null ? null : ProjectAttribute.valueOf(h.attribute()), h.firstYear(), h.lastYear(),
                h.manager(), h.phone());
        return new Declaration(header, funding(b.annual()), funding(b.midterm()),
                new DeclaredGoals(b.annualGoal(), b.midtermGoal()),
                b.indicators().stream().map(DeclarationBodies::indicator).toList());
    }

    private static Funding funding(DeclaredFunding f) {
        return new Funding(f.total(), f.fiscal(), f.other());
    }

    private static DeclaredFunding funding(Funding f) {
        return f == null ? DeclaredFunding.none() : new DeclaredFunding(f.total(), f.fiscal(), f.other());
    }

    private static Indicator indicator(DeclaredIndicator i) {
        Target t = i.target();
        return new Indicator(i.key(), i.level1(), i.level2(), i.name(), t.operator().name(), t.value(), t.unit(), t.text(),
                i.weight(), i.standard(), i.explanation());
    }

    private static DeclaredIndicator indicator(Indicator i) {
        return new DeclaredIndicator(i.key(), i.level1(), i.level2(), i.name(),
                new Target(Operator.valueOf(i.operator()), i.value(), i.unit(), i.text()), i.weight(), i.standard(),
                i.explanation());
    }
}
