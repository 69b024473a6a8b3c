package org.jixiao.core.checks;

import static org.jixiao.core.checks.Tables.cell;
import static org.jixiao.core.checks.Tables.notReported;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow.Kind;

/**
 * The seven tables of the three sample disclosures (testdata/seeds), built by hand from expected.json and the
 * text, figures exactly as printed. The end-to-end test through the text reader lives in formats (SeedFindingsTest).
 */
final class SeedTables {
    private SeedTables() {
    }

    static final String CONSISTENT_REASON = "该指标是根据年初预算填写，和财政资金批复下达文件考核指标不一致，故数据为空。";
    static final String NEW_PART = "财政资金批复文件考核指标（新增部分）";

    /** 000 公开13表, Yunnan: 计算机技术与软件专业资格考试专项资金. */
    static Tables.Builder yunnan13() {
        return Tables.national()
                .funding("272.20", "247.14", "245.44", "10.00", "99.31", "9.93")
                .fundingRow(Kind.CURRENT_FISCAL, "272.20", "247.14", "245.44", "99.31")
                .fundingRow(Kind.CARRIED_OVER, null, null, null, null)
                .fundingRow(Kind.OTHER, null, null, null, null)
                .indicator(row("产出指标", "数量指标", "计算机技术与软件专业资格考试考点数量", ">=", "8", "个", "18", "20.00", "20.00", ""))
                .indicator(row("产出指标", "质量指标", "计算机技术与软件专业资格考试实考率", ">=", "55", "%", "64.9", "15.00", "15.00", ""))
                .indicator(row("产出指标", "质量指标", "计算机技术与软件专业资格考试合格率", ">=", "25", "%", "13.95", "15.00", "8.37",
                        "偏差原因：该考试是全国统一考试统一阅卷……改进措施：今后应根据实际情况的变化，适时合理调整考试合格率预测指标。"))
                .indicator(row("效益指标", "社会效益", "云南软考网站年浏览量", ">=", "150000", "次", "253405", "30.00", "30.00", ""))
                .indicator(row("满意度指标", "服务对象满意度", "计算机技术与软件专业资格考试咨询服务渠道", ">=", "3", "个", "4", "10.00", "10.00", ""))
                .sums("90.00", "83.37").maxTotal("100.00").total("93.30").grade("优").notes("无");
    }

    /** 000 公开14表, Yunnan: 第一批省级电子政务 … 运维项目. */
    static Tables.Builder yunnan14() {
        return Tables.national()
                .funding(null, "340.00", "327.89", "10.00", "96.44", "9.64")
                .fundingRow(Kind.CURRENT_FISCAL, null, "340.00", "327.89", "96.44")
                .fundingRow(Kind.CARRIED_OVER, null, null, null, null)
                .fundingRow(Kind.OTHER, null, null, null, null)
                .indicator(notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", CONSISTENT_REASON))
                .indicator(row("产出指标", "数量指标", "完成运维应用系统数量", "=", "10", "个", "10", "10.00", "10.00", NEW_PART))
                .indicator(notReported("产出指标", "质量指标", "平均修复时间(MTTR)", "<=", "60", "分钟", CONSISTENT_REASON))
                .indicator(notReported("产出指标", "质量指标", "平均无故障时间(MTBF)", ">=", "90", "天", CONSISTENT_REASON))
                .indicator(notReported("产出指标", "质量指标", "对承载业务的服务响应率", ">=", "95", "%", CONSISTENT_REASON))
                .indicator(row("产出指标", "质量指标", "项目责任及日常监管直接责任按项目落实到位率", "=", "100", "%", "100", "10.00", "10.00", NEW_PART))
                .indicator(notReported("产出指标", "时效指标", "对承载业务的服务响应时间", "<=", "10", "分钟", CONSISTENT_REASON))
                .indicator(row("产出指标", "时效指标", "年度建设目标完成率", ">=", "80", "%", "80", "10.00", "10.00",
                        "合同期未满，项目持续推进中。" + NEW_PART))
                .indicator(row("产出指标", "时效指标", "年度省级财政补助资金完成率", "=", "100", "%", "96.44", "10.00", "9.64",
                        "专项资金结转9万元电费下一年度使用，剩余的政府采购结余资金和未使用资金由财政统一收回。 " + NEW_PART))
                .indicator(row("产出指标", "时效指标", "年度省级财政补助资金支付率", "=", "100", "%", "100", "5.00", "5.00", NEW_PART))
                .indicator(row("产出指标", "时效指标", "超规模、超标准、超预算", "=", "0", "个", "0", "5.00", "5.00", NEW_PART))
                .indicator(row("效益指标", "社会效益", "承载业务系统正常运行时间比率", ">=", "90", "%", "100", "30.00", "30.00",
                        "财政资金批复文件考核指标未列入此项指标，但此项考核数据指标必填。"))
                .indicator(notReported("满意度指标", "服务对象满意度", "业务系统托管单位满意度", ">=", "90", "%", CONSISTENT_REASON))
                .indicator(row("满意度指标", "服务对象满意度", "审计、督查、巡视等指出问题数", "=", "0", "个", "0", "5.00", "5.00", NEW_PART))
                .indicator(row("满意度指标", "服务对象满意度", "受益对象满意度", ">=", "90", "%", "100", "5.00", "5.00", NEW_PART))
                .sums("90.00", "89.64").maxTotal("100.00").total("99.28").grade("优")
                .notes("其中上述项目支出绩效指标表中的绩效指标是根据财政资金批复下达文件里面的考核指标制定，与之前在系统里填报内容不一致，因此在系统里做了新增。");
    }

    /** 003, Suzhou: 电子政务项目运行维护资金 (万元, 80-point form). */
    static Tables.Builder suzhou() {
        Tables.Builder b = Tables.suzhou()
                .use("2343.7", "0", "2077.78", "265.92", "265.92", "2077.6", "0.18", "0", "0.18")
                .subItemTotal("2343.7", "2077.604168")
                .subItem("基础设施备品备件及其他", "292", "165.5002")
                .subItem("往年尾款及待配套", "336.5", "227.582795")
                .subItem("应用系统运维", "70.2", "69.522")
                .subItem("短信使用及识别认证", "210", "204.105173")
                .subItem("基础设施续保及运维", "1435", "1410.894");
        for (String[] r : new String[][] {
                {"立项程序规范性", "规范"}, {"立项依据充分性", "充分"}, {"绩效指标明确性", "明确"},
                {"绩效目标合理性", "合理"}, {"预算编制科学性", "科学"}, {"资金分配合理性", "合理"}}) {
            b.indicator(cell("决策目标", null, r[0], r[1], "100%", "1", "1"));
        }
        return b
                .indicator(cell("过程目标", null, "资金到位率", "=100%", "100%", "1", "1"))
                .indicator(cell("过程目标", null, "资金使用合规性", "合规", "100%", "4", "4"))
                .indicator(cell("过程目标", null, "预算执行率", "=100%", "100%", "8", "8"))
                .indicator(cell("过程目标", null, "制度执行有效性", "有效", "100%", "4", "4"))
                .indicator(cell("过程目标", null, "管理制度健全性", "健全", "100%", "2", "2"))
                .indicator(cell("产出目标", null, "应用系统运营运维数", ">=3 个", "3 个", "4.58", "4.58"))
                .indicator(cell("产出目标", null, "驻场运维人数", ">=30 人", "30 人", "4.62", "4.62"))
                .indicator(cell("产出目标", null, "驻场运维考核次数", "=4 次", "4 次", "4.58", "4.58"))
                .indicator(cell("产出目标", null, "运维计划项目执行率", ">=90%", "90%", "4.58", "4.58"))
                .indicator(cell("产出目标", null, "驻场运维周期", "<=12 个月", "12 个月", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "应用系统运行稳定性", "稳定", "100%", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "基础云平台重大故障次数", "<=2 次", "0 次", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "故障及时处理率", ">=99%", "99%", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "短信发送成功率", ">=99%", "99%", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "机房运维规范", "完善", "100%", "4.58", "4.58"))
                .indicator(cell("效益目标", null, "驻场运维人员稳定性", "稳定", "100%", "4.58", "4.58"))
                .indicator(cell("满意度目标", null, "部门反馈满意度", ">=95%", "95%", "4.58", "4.58"))
                .maxTotal("80").total("80");
    }

    /** Minhang's funding block: 年初预算数 printed on the total row over sub-rows of 0. */
    private static Tables.Builder minhangFunding(String initial, String annual, String otherExecuted) {
        return Tables.national()
                .funding(initial, annual, annual.replace(".00", ""), "10", "100.00", "10")
                .fundingRow(Kind.CURRENT_FISCAL, "0", annual.replace(".00", ""), annual.replace(".00", ""), null)
                .fundingRow(Kind.CARRIED_OVER, "0", "0", null, null)
                .fundingRow(Kind.OTHER, "0", "0", otherExecuted, null)
                .maxTotal("100").total("100");
    }

    /** 004 table 1, Minhang: 2022年度信息化项目咨询评估 (元). */
    static Tables.Builder minhang1() {
        return minhangFunding("457000.00", "375000.00", null)
                .indicator(cell("产出指标", "数量指标", "完成信息化项目咨询评估工作", "=30个", "58", "10", "10"))
                .indicator(cell("产出指标", "质量指标", "咨询评估报告完整性", "完整", "完整", "9", "9"))
                .indicator(cell("产出指标", "质量指标", "咨询评估报告合格率", "=100%", "100%", "9", "9"))
                .indicator(cell("产出指标", "时效指标", "评估完成及时性", "及时，12月底前完成", "已完成年度目标", "8", "8"))
                .indicator(cell("产出指标", "时效指标", "评审报告完成及时性", "及时，12月底前完成", "已完成年度目标", "8", "8"))
                .indicator(cell("产出指标", "成本指标", "成本控制有效性", "有效", "有效", "6", "6"))
                .indicator(cell("效益指标", "社会效益指标", "辖区信息化建设水平", "提高", "提高", "8", "8"))
                .indicator(cell("效益指标", "社会效益指标", "信息化建设方案完善情况", "完善", "完善", "8", "8"))
                .indicator(cell("效益指标", "社会效益指标", "咨询评估报告结果利用度", "有效运用", "有效运用", "7", "7"))
                .indicator(cell("效益指标", "可持续影响指标", "信息化长效管理机制健全性", "建立健全", "建立健全", "7", "7"))
                .indicator(cell("满意度指标", "服务对象满意度指标", "信息化项目建设单位满意度", ">=90%", ">=90%", "10", "10"));
    }

    /** 004 table 2, Minhang: 闵行区关键信息基础设施漏洞扫描及应急处置. */
    static Tables.Builder minhang2() {
        return minhangFunding("480000.00", "360000.00", null)
                .indicator(cell("产出指标", "数量指标", "关键信息基础设施扫描并处理数量", "各单位上报的业务系统", "23家单位共计97个业务系统", "17", "17"))
                .indicator(cell("产出指标", "质量指标", "关键基础设施安全漏洞风险", "风险高的及时提示并跟进处理", "通报高风险漏洞系统并跟进整改", "17", "17"))
                .indicator(cell("产出指标", "时效指标", "关键信息设施基础应急处理及时性", "及时，与合同约定条款相符（尚未签订合同）", "重要时期安排专人值守保障网络安全", "16", "16"))
                .indicator(cell("效益指标", "社会效益指标", "关键信息设施基础对网络安全保障情况", "我市重要网站、平台和生产系统的风险和防护状况", "协助用户完善网络和应用系统中的弱点和漏洞", "15", "15"))
                .indicator(cell("效益指标", "可持续影响指标", "平台维护机制健全性", "建立健全", "建立健全", "15", "15"))
                .indicator(cell("满意度指标", "服务对象满意度指标", "闵行区关键信息设施基础的单位人员满意度", ">=95%", ">=95%", "10", "10"));
    }

    /** 004 table 3, Minhang: 综合业务管理信息平台建设项目 (2022运维). */
    static Tables.Builder minhang3() {
        return minhangFunding("200800.00", "170000.00", null)
                .indicator(cell("产出指标", "数量指标", "运维报告", "1份年度运维总结报告", "1份年度运维总结报告", "17", "17"))
                .indicator(cell("产出指标", "质量指标", "故障解决率", "100%响应故障并及时解决", "100%响应故障并及时解决", "17", "17"))
                .indicator(cell("产出指标", "时效指标", "响应及时性", "24小时内", "遇到紧急情况2小时内到现场提供服务", "16", "16"))
                .indicator(cell("效益指标", "社会效益指标", "信息共享度", "全区共享", "全区共享", "15", "15"))
                .indicator(cell("效益指标", "可持续影响指标", "运维机制健全性", "健全且有效", "协调并解决软件系统运行管理出现的各类问题", "15", "15"))
                .indicator(cell("满意度指标", "服务对象满意度指标", "受众满意度", ">=85%", ">=85%", "10", "10"));
    }

    /** 004 table 4, Minhang: 2023年度区本级信息化预算项目咨询评估. */
    static Tables.Builder minhang4() {
        return minhangFunding("457000.00", "370000.00", "0")
                .indicator(cell("产出指标", "数量指标", "完成信息化新建和运维项目咨询评估", "新建100个，运维180个", "运维291个，建设110个", "15", "15"))
                .indicator(cell("产出指标", "质量指标", "咨询评估报告完整合格率", "=100%", "100%", "15", "15"))
                .indicator(cell("产出指标", "时效指标", "评估完成及时性", "12月底前完成", "12月底项目全部完成评估", "10", "10"))
                .indicator(cell("产出指标", "成本指标", "成本控制有效性", "有效", "有效", "10", "10"))
                .indicator(cell("效益指标", "经济效益指标", "信息化建设方案完善情况", "完善", "完善", "8", "8"))
                .indicator(cell("效益指标", "社会效益指标", "辖区信息化建设水平", "提高", "提高", "8", "8"))
                .indicator(cell("效益指标", "生态效益指标", "咨询评估报告结果利用度", "有效利用", "有效利用", "7", "7"))
                .indicator(cell("效益指标", "可持续影响指标", "信息化长效管理机制健全性", "建立健全", "建立健全", "7", "7"))
                .indicator(cell("满意度指标", "服务对象满意度指标", "信息化项目建设单位满意度", ">=90%", ">=90%", "10", "10"));
    }

    static List<Tables.Builder> all() {
        return List.of(yunnan13(), yunnan14(), suzhou(), minhang1(), minhang2(), minhang3(), minhang4());
    }
}
