package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.text.Text;

/**
 * An indicator filed under the wrong class:
 * <ul>
 * <li>under 满意度, one that measures no satisfaction (咨询服务渠道, 审计、督查、巡视等指出问题数). Complaints,
 *     favourable ratings and 认可度 are accepted as measures of satisfaction;</li>
 * <li>under 时效, a count of problems or of over-scale / over-standard / over-budget items (超规模、超标准、超预算):
 *     those measure cost or quality, not timeliness;</li>
 * <li>under 效益, a plain output count — kept conservative: a count unit (个, 项, 份 …), a name that ends in
 *     数量 / 个数 or starts with a deliverable verb (完成, 建设, 举办 …), and no word of effect (受益, 带动, 节约 …).
 *     浏览量 (次) and 受益人数 (人) stay quiet.</li>
 * </ul>
 */
public final class Misclassified implements Check {
    public static final String CODE = "MISCLASSIFIED";

    private static final List<String> SATISFACTION_MEASURES = List.of("满意", "投诉", "好评", "认可");
    private static final List<String> NOT_TIMELINESS = List.of(
            "超规模", "超标准", "超预算", "超概算", "超支", "问题数", "问题个数", "违规", "违纪");
    private static final List<String> COUNT_UNITS = List.of(
            "个", "项", "份", "套", "台", "件", "场", "期", "批", "篇", "册", "座", "处");
    private static final List<String> COUNT_ENDINGS = List.of(
            "数量", "个数", "项数", "份数", "件数", "套数", "台数", "场数", "期数", "篇数");
    private static final List<String> DELIVERABLE_VERBS = List.of(
            "完成", "建设", "新建", "采购", "购置", "举办", "开展", "培训", "印制", "发放", "编制", "出具");
    private static final List<String> EFFECT_WORDS = List.of(
            "受益", "带动", "增加", "减少", "节约", "增长", "提升", "提高", "覆盖", "惠及", "就业", "收入", "降低");

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Finding f = of(ctx.indicators().get(k), ctx.placeOf(k));
            if (f != null) {
                out.add(f);
            }
        }
    }

    /** The finding on one indicator filed under the wrong class, or null (a declaration's check asks the same). */
    public static Finding of(Indicator i, Place place) {
        Category c = i.category();
        String where = i.level2() != null ? i.level2() : i.level1();
        if (c == Category.SATISFACTION && !Names.containsAny(i.name(), SATISFACTION_MEASURES)) {
            return Finding.of(CODE, "satisfaction", Severity.WARNING, place, i.name(), where);
        } else if (Names.isTimeliness(i) && Names.containsAny(i.name(), NOT_TIMELINESS)) {
            return Finding.of(CODE, "timeliness", Severity.WARNING, place, i.name(), where);
        } else if (c == Category.BENEFIT && isOutputCount(i)) {
            return Finding.of(CODE, "output_under_benefit", Severity.WARNING, place, i.name(), where,
                    i.target().toString());
        }
        return null;
    }

    private static boolean isOutputCount(Indicator i) {
        if (!i.target().isQuantitative() || !COUNT_UNITS.contains(Text.key(i.target().unit()))) {
            return false;
        }
        String name = Text.key(i.name());
        boolean countName = COUNT_ENDINGS.stream().anyMatch(name::endsWith)
                || DELIVERABLE_VERBS.stream().anyMatch(name::startsWith);
        return countName && !Names.containsAny(name, EFFECT_WORDS);
    }
}
