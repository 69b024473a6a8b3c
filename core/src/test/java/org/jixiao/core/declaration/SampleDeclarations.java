package org.jixiao.core.declaration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Target;

/** A declaration that passes every check, and its indicators, to change one thing at a time in the tests. */
final class SampleDeclarations {
    private SampleDeclarations() {
    }

    static DeclaredIndicator indicator(String level1, String level2, String name, String operator, String value, String unit) {
        return new DeclaredIndicator(0, level1, level2, name, Target.of(operator, value, unit), null, "按完成比例计分", "");
    }

    static List<DeclaredIndicator> indicators() {
        return List.of(
                indicator("产出指标", "数量指标", "培训人次", "≥", "8", "次"),
                indicator("产出指标", "质量指标", "考试合格率", "≥", "90", "%"),
                indicator("产出指标", "时效指标", "12月底前完成", "=", "100", "%"),
                indicator("产出指标", "成本指标", "人均培训成本", "≤", "500", "元"),
                indicator("效益指标", "社会效益指标", "持证人员上岗率", "≥", "85", "%"),
                indicator("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", "90", "%"));
    }

    static DeclarationHeader header() {
        return new DeclarationHeader("专业技术人员继续教育", "53000023R000000000123", "云南省工业和信息化厅",
                "云南省信息技术发展中心", 2023, CurrencyUnit.WAN_YUAN, ProjectAttribute.CONTINUING, 2023, 2023, "张三", "");
    }

    static Declaration valid() {
        return new Declaration(header(), new DeclaredFunding(d("100"), d("80"), d("20")), DeclaredFunding.none(),
                new DeclaredGoals("完成培训 8 次，合格率不低于 90%。", ""), indicators());
    }

    static Declaration withIndicators(List<DeclaredIndicator> is) {
        return valid().withIndicators(is);
    }

    static Declaration without(String name) {
        List<DeclaredIndicator> is = new ArrayList<>(indicators());
        is.removeIf(i -> i.name().equals(name));
        return withIndicators(is);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
