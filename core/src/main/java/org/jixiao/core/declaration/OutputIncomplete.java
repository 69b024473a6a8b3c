package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.text.Text;

/** 产出 should hold a 数量 indicator and one of 质量 / 时效, and the declaration a 成本 indicator (warnings). */
public final class OutputIncomplete implements DeclarationCheck {
    public static final String CODE = "DECLARATION_OUTPUT_INCOMPLETE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        List<String> level2s = ctx.declaration().indicators().stream()
                .filter(i -> i.category() == Category.OUTPUT || Text.key(i.level2() == null ? "" : i.level2()).contains("成本"))
                .map(i -> Text.key(i.level2() == null ? "" : i.level2())).toList();
        if (level2s.isEmpty()) {
            return; // no output at all is ClassMissing's error
        }
        if (level2s.stream().noneMatch(l -> l.contains("数量"))) {
            out.add(Finding.of(CODE, "quantity", Severity.WARNING, Place.table(0)));
        }
        if (level2s.stream().noneMatch(l -> l.contains("质量") || l.contains("时效"))) {
            out.add(Finding.of(CODE, "quality_or_time", Severity.WARNING, Place.table(0)));
        }
        if (level2s.stream().noneMatch(l -> l.contains("成本"))) {
            out.add(Finding.of(CODE, "cost", Severity.WARNING, Place.table(0)));
        }
    }
}
