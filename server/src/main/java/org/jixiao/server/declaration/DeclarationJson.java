package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.declaration.IndicatorChange;
import org.jixiao.server.common.FindingJson;

/** A declaration as the API shows it: the declaration as filed, its review, its versions, its adjustments, the findings. */
public record DeclarationJson(long id, long organisationId, String organisation, String status, int version,
                              Integer approvedVersion, String goalGrade, Integer year, String project, String projectCode,
                              String attribute, String department, String unit, String currencyUnit, Integer firstYear,
                              Integer lastYear, String manager, String phone, DeclarationInput.Funding funding,
                              DeclarationInput.Funding midtermFunding, DeclarationInput.Goals goals,
                              List<IndicatorJson> indicators, List<FindingJson> findings, List<VersionJson> versions,
                              List<AdjustmentSummary> adjustments, Long evaluationId, OffsetDateTime updatedAt) {

    public record IndicatorJson(int index, String level1, String level2, String name, String operator, String target,
                                String unit, BigDecimal weight, String standard, String explanation) {
    }

    /** One approved version: its indicators and those deleted up to it. */
    public record VersionJson(int number, Long adjustmentId, OffsetDateTime approvedAt, String approvedBy, String goals,
                              BigDecimal amount, List<IndicatorJson> indicators, List<RemovedJson> removed) {
    }

    public record RemovedJson(String name, int fromVersion) {
    }

    public record AdjustmentSummary(long id, String status, int baseVersion, Integer madeVersion) {
    }

    static DeclarationJson of(StoredDeclaration d, List<Finding> findings, List<ApprovedVersion> versions,
                              List<StoredAdjustment> adjustments, Long evaluationId, Locale locale) {
        DeclarationInput in = DeclarationMapping.toInput(d.declaration(), d.organisationId());
        return new DeclarationJson(d.id(), d.organisationId(), d.organisationName(), d.status().name(), d.version(),
                d.approvedVersion(), d.goalGrade(), in.year(), in.project(), in.projectCode(), in.attribute(),
                in.department(), in.unit(), in.currencyUnit(), in.firstYear(), in.lastYear(), in.manager(), in.phone(),
                in.funding(), in.midtermFunding(), in.goals(), indicators(in.indicators()),
                findings.stream().map(f -> FindingJson.of(f, locale)).toList(),
                versions.stream().map(DeclarationJson::version).toList(),
                adjustments.stream().map(a -> new AdjustmentSummary(a.id(), a.status().name(), a.baseVersion(),
                        a.madeVersion())).toList(), evaluationId, d.updatedAt());
    }

    static List<IndicatorJson> indicators(List<DeclarationInput.IndicatorInput> list) {
        java.util.ArrayList<IndicatorJson> out = new java.util.ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            var i = list.get(k);
            out.add(new IndicatorJson(k, i.level1(), i.level2(), i.name(), i.operator(), i.target(), i.unit(), i.weight(),
                    i.standard(), i.explanation()));
        }
        return out;
    }

    static VersionJson version(ApprovedVersion v) {
        DeclarationVersion dv = v.version();
        return new VersionJson(v.number(), v.adjustmentId(), v.approvedAt(), v.approvedBy(), dv.declaration().goals().annual(),
                dv.declaration().annualFunding().total(),
                indicators(dv.declaration().indicators().stream().map(DeclarationMapping::toInput).toList()),
                dv.removed().stream().map(r -> new RemovedJson(r.indicator().name(), r.fromVersion())).toList());
    }

    /** An adjustment as the API shows it. */
    public record AdjustmentJson(long id, long declarationId, String status, int version, int baseVersion,
                                 Integer madeVersion, String goals, String explanation, BigDecimal amount,
                                 List<ChangeJson> changes, OffsetDateTime updatedAt) {

        static AdjustmentJson of(StoredAdjustment a) {
            Adjustment x = a.adjustment();
            return new AdjustmentJson(a.id(), a.declarationId(), a.status().name(), a.version(), a.baseVersion(),
                    a.madeVersion(), x.goals(), x.explanation(), x.amount(), x.changes().stream().map(ChangeJson::of).toList(),
                    a.updatedAt());
        }
    }

    public record ChangeJson(String change, Integer indicatorIndex, IndicatorJson indicator) {
        static ChangeJson of(IndicatorChange c) {
            IndicatorJson i = null;
            if (c.indicator() != null) {
                var in = DeclarationMapping.toInput(c.indicator());
                i = new IndicatorJson(c.indicatorIndex() == null ? -1 : c.indicatorIndex(), in.level1(), in.level2(), in.name(),
                        in.operator(), in.target(), in.unit(), in.weight(), in.standard(), in.explanation());
            }
            return new ChangeJson(c.kind().name(), c.indicatorIndex(), i);
        }
    }
}
