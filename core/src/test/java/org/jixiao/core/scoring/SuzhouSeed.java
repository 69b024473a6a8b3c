package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Fixtures.suzhou;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;

/** The indicators of the Suzhou seed table (seed 003), with or without their printed shared weights. */
final class SuzhouSeed {
    private SuzhouSeed() {
    }

    static List<Indicator> indicators(boolean printedShares) {
        String w = printedShares ? "4.58" : null;
        String w2 = printedShares ? "4.62" : null;
        return List.of(
                suzhou("决策目标", "立项程序规范性", "规范", "100%", "1"),
                suzhou("决策目标", "立项依据充分性", "充分", "100%", "1"),
                suzhou("决策目标", "绩效指标明确性", "明确", "100%", "1"),
                suzhou("决策目标", "绩效目标合理性", "合理", "100%", "1"),
                suzhou("决策目标", "预算编制科学性", "科学", "100%", "1"),
                suzhou("决策目标", "资金分配合理性", "合理", "100%", "1"),
                suzhou("过程目标", "资金到位率", "=100%", "100%", "1"),
                suzhou("过程目标", "资金使用合规性", "合规", "100%", "4"),
                suzhou("过程目标", "预算执行率", "=100%", "100%", "8"),
                suzhou("过程目标", "制度执行有效性", "有效", "100%", "4"),
                suzhou("过程目标", "管理制度健全性", "健全", "100%", "2"),
                suzhou("产出目标", "应用系统运营运维数", ">=3个", "3", w),
                suzhou("产出目标", "驻场运维人数", ">=30人", "30", w2),
                suzhou("产出目标", "驻场运维考核次数", "=4次", "4", w),
                suzhou("产出目标", "运维计划项目执行率", ">=90%", "90", w),
                suzhou("产出目标", "驻场运维周期", "<=12个月", "12", w),
                suzhou("效益目标", "应用系统运行稳定性", "稳定", "100%", w),
                suzhou("效益目标", "基础云平台重大故障次数", "<=2次", "0", w),
                suzhou("效益目标", "故障及时处理率", ">=99%", "99", w),
                suzhou("效益目标", "短信发送成功率", ">=99%", "99", w),
                suzhou("效益目标", "机房运维规范", "完善", "100%", w),
                suzhou("效益目标", "驻场运维人员稳定性", "稳定", "100%", w),
                suzhou("满意度目标", "部门反馈满意度", ">=95%", "95", w));
    }
}
