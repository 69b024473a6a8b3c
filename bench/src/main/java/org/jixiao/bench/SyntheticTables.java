package org.jixiao.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.Scorer;

/**
 * Synthetic published tables (项目支出绩效自评表) in the national layout of the Yunnan seed (公开13表): header rows, the
 * funding block, the goals, the 项目支出绩效指标表 with 一级 / 二级 / 三级, 指标性质 / 指标值 / 度量单位, 实际完成值, 分值, 得分, the
 * 总分 and 自评等级 rows and the printed notes — tab-separated, as the seeds are. Projects vary; each has 5–20
 * indicators (≥, ≤, =, target 0, 定性) and some rows not reported (无 with a reason). Printed scores are those of the
 * {@code national-2020} scheme, with a few deliberate slips (an unmet indicator printed at full marks, a total added
 * wrong, a missing deviation reason, an over-achievement) so a re-check has something to find. The same seed gives
 * the same text.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jixiao.bench.SyntheticTables --tables 10000 --out tables.txt [--seed 1]</pre>
 */
public final class SyntheticTables {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String NOT_REPORTED_REASON = "该指标是根据年初预算填写，和财政资金批复下达文件考核指标不一致，故数据为空。";

    private static final String[] SUBJECTS = {
        "计算机技术与软件专业资格考试", "电子政务公共应用系统运维", "农村公路养护", "中小学校舍维修改造", "基本公共卫生服务",
        "文化惠民演出", "就业技能培训", "中小河流治理", "森林草原防火", "智慧城市运行管理", "残疾人康复服务", "食品安全抽检",
        "科技创新券", "高标准农田建设", "城乡居民医疗救助", "公共法律服务", "政务服务热线", "网络安全等级保护", "农产品质量安全监测",
        "非物质文化遗产保护", "全民健身场地设施", "养老服务体系建设", "数字档案馆建设", "地质灾害防治", "气象监测预警"};
    private static final String[] KINDS = {"专项资金", "项目", "运行维护经费", "补助资金", "工作经费"};
    private static final String[] PROVINCES = {"云南省", "贵州省", "四川省", "河北省", "江西省", "广西壮族自治区", "甘肃省", "湖南省"};
    private static final String[] DEPARTMENTS = {"工业和信息化厅", "农业农村厅", "教育厅", "卫生健康委员会", "文化和旅游厅",
        "人力资源和社会保障厅", "水利厅", "林业和草原局", "科学技术厅", "民政厅", "司法厅", "市场监督管理局", "自然资源厅", "气象局"};
    private static final String[] UNITS = {"信息技术发展中心", "信息中心", "事务服务中心", "监测中心", "技术推广站", "服务中心",
        "档案馆", "质量检验检测院", "政务服务管理局", "综合保障中心"};

    /** One kind of indicator the generator draws from. */
    private record Kind(String level1, String level2, String name, String op, String unit, int min, int max, int decimals,
                        boolean percent) {
    }

    private static final Kind[] OUTPUTS = {
        new Kind("产出指标", "数量指标", "考点数量", ">=", "个", 3, 30, 0, false),
        new Kind("产出指标", "数量指标", "培训人次", ">=", "人次", 100, 20000, 0, false),
        new Kind("产出指标", "数量指标", "完成运维应用系统数量", "=", "个", 5, 40, 0, false),
        new Kind("产出指标", "数量指标", "覆盖乡镇数量", ">=", "个", 5, 120, 0, false),
        new Kind("产出指标", "数量指标", "抽检批次", ">=", "批次", 50, 3000, 0, false),
        new Kind("产出指标", "数量指标", "新建改建里程", ">=", "公里", 10, 800, 1, false),
        new Kind("产出指标", "质量指标", "合格率", ">=", "%", 25, 98, 0, true),
        new Kind("产出指标", "质量指标", "验收合格率", "=", "%", 100, 100, 0, true),
        new Kind("产出指标", "质量指标", "系统可用率", ">=", "%", 95, 99, 1, true),
        new Kind("产出指标", "质量指标", "平均修复时间(MTTR)", "<=", "分钟", 30, 240, 0, false),
        new Kind("产出指标", "质量指标", "项目责任落实到位率", "=", "%", 100, 100, 0, true),
        new Kind("产出指标", "时效指标", "年度省级财政补助资金支付率", "=", "%", 100, 100, 0, true),
        new Kind("产出指标", "时效指标", "项目完成及时率", ">=", "%", 80, 100, 0, true),
        new Kind("产出指标", "时效指标", "对承载业务的服务响应时间", "<=", "分钟", 5, 60, 0, false),
        new Kind("产出指标", "时效指标", "超规模、超标准、超预算", "=", "个", 0, 0, 0, false),
        new Kind("产出指标", "成本指标", "单位运维成本", "<=", "万元", 5, 200, 2, false),
        new Kind("产出指标", "质量指标", "服务规范性", "定性", "", 0, 0, 0, false),
    };
    private static final Kind[] BENEFITS = {
        new Kind("效益指标", "社会效益", "网站年浏览量", ">=", "次", 50000, 500000, 0, false),
        new Kind("效益指标", "社会效益", "群众知晓率", ">=", "%", 60, 95, 0, true),
        new Kind("效益指标", "社会效益", "业务系统正常运行时间比率", ">=", "%", 90, 99, 1, true),
        new Kind("效益指标", "经济效益", "带动就业人数", ">=", "人", 20, 2000, 0, false),
        new Kind("效益指标", "生态效益", "水土流失治理面积", ">=", "平方公里", 1, 300, 1, false),
        new Kind("效益指标", "社会效益", "政策宣传覆盖面", "定性", "", 0, 0, 0, false),
        new Kind("效益指标", "可持续影响", "长效管理机制健全性", "定性", "", 0, 0, 0, false),
        new Kind("效益指标", "社会效益", "安全事故发生次数", "<=", "次", 1, 5, 0, false),
    };
    private static final Kind[] SATISFACTIONS = {
        new Kind("满意度指标", "服务对象满意度", "服务对象满意度", ">=", "%", 85, 95, 0, true),
        new Kind("满意度指标", "服务对象满意度", "受益群众满意度", ">=", "%", 80, 95, 0, true),
        new Kind("满意度指标", "服务对象满意度", "审计、督查、巡视等指出问题数", "=", "个", 0, 0, 0, false),
        new Kind("满意度指标", "服务对象满意度", "咨询服务渠道", ">=", "个", 2, 6, 0, false),
    };
    private static final List<String> LEVEL2_ORDER = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益", "社会效益",
            "生态效益", "可持续影响", "服务对象满意度");
    private static final String[][] QUALITATIVE_TARGETS = {{"规范", "规范"}, {"有效提升", "有效提升"}, {"建立健全", "建立健全"},
        {"逐步完善", "基本完善"}, {"明显提高", "有所提高"}};

    private final SplittableRandom random;
    private final Scorer scorer = Schemes.builtIn().scorer(Schemes.builtIn().get("national-2020"));
    private final int minIndicators;
    private final int maxIndicators;
    private int count;

    public SyntheticTables(long seed) {
        this(seed, 5, 20);
    }

    /** Tables of {@code min}–{@code max} indicators each (the published ones have 5–20; the web benchmark wants ~15). */
    public SyntheticTables(long seed, int minIndicators, int maxIndicators) {
        if (minIndicators < 3 || maxIndicators < minIndicators) {
            throw new IllegalArgumentException("indicators per table: " + minIndicators + "–" + maxIndicators);
        }
        this.random = new SplittableRandom(seed);
        this.minIndicators = minIndicators;
        this.maxIndicators = maxIndicators;
    }

    /** {@code n} tables as one text, as a disclosure file holding several tables prints them. */
    public static String text(int n, long seed) {
        StringBuilder out = new StringBuilder(n * 3_000);
        SyntheticTables tables = new SyntheticTables(seed);
        for (int k = 0; k < n; k++) {
            render(tables.next(), out);
        }
        return out.toString();
    }

    /** {@code n} evaluations as the tables print them (reported scores filled in). */
    public static List<SelfEvaluation> evaluations(int n, long seed) {
        SyntheticTables tables = new SyntheticTables(seed);
        List<SelfEvaluation> list = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            list.add(tables.next());
        }
        return list;
    }

    /** Writes {@code n} tables to {@code out}. */
    public static void write(Path out, int n, long seed) throws IOException {
        SyntheticTables tables = new SyntheticTables(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder b = new StringBuilder(8_192);
            for (int k = 0; k < n; k++) {
                b.setLength(0);
                render(tables.next(), b);
                w.append(b);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int n = -1;
        Path out = null;
        long seed = 1;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--tables" -> n = Integer.parseInt(args[++k]);
                case "--out" -> out = Path.of(args[++k]);
                case "--seed" -> seed = Long.parseLong(args[++k]);
                default -> {
                    usage();
                    return;
                }
            }
        }
        if (n < 0 || out == null) {
            usage();
            return;
        }
        long start = System.nanoTime();
        write(out, n, seed);
        System.err.printf("wrote %d tables (%,d bytes) to %s in %d ms%n", n, Files.size(out), out,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void usage() {
        System.err.println("usage: SyntheticTables --tables N --out FILE [--seed S]");
        System.exit(2);
    }

    // ---- the model -------------------------------------------------------------------------------------------------

    /** The next table, its printed scores filled in. */
    public SelfEvaluation next() {
        count++;
        String subject = pick(SUBJECTS);
        String province = pick(PROVINCES);
        String department = province + pick(DEPARTMENTS);
        String unit = province + (chance(0.3) ? subject.substring(0, Math.min(4, subject.length())) : "") + pick(UNITS);
        int year = 2019 + random.nextInt(6);
        String project = chance(0.5) ? year + "年" + subject + pick(KINDS) : subject + pick(KINDS);
        Header header = new Header(project, department, unit, year, CurrencyUnit.WAN_YUAN, unit, "公开" + (12 + random.nextInt(4)) + "表",
                Header.Kind.PROJECT);

        // funding, in 万元 with 2 decimals
        BigDecimal initial = money(20, 5000);
        BigDecimal annual = chance(0.5) ? initial : initial.multiply(fraction(0.75, 1.0)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal executed = chance(0.35) ? annual : annual.multiply(fraction(0.80, 1.0)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal carried = chance(0.2) ? annual.multiply(fraction(0.05, 0.3)).setScale(2, RoundingMode.HALF_UP) : null;
        List<FundingRow> rows = new ArrayList<>();
        BigDecimal rate = executed.multiply(HUNDRED).divide(annual, 2, RoundingMode.HALF_UP);
        rows.add(new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", initial, annual, executed, rate, 0));
        if (carried == null) {
            rows.add(new FundingRow(FundingRow.Kind.CURRENT_FISCAL, "其中：当年财政拨款", initial, annual, executed, rate, 0));
            rows.add(new FundingRow(FundingRow.Kind.CARRIED_OVER, "上年结转资金", null, null, null, null, 0));
        } else {
            BigDecimal execCarried = carried.min(executed);
            rows.add(new FundingRow(FundingRow.Kind.CURRENT_FISCAL, "其中：当年财政拨款", initial.subtract(carried).max(BigDecimal.ZERO),
                    annual.subtract(carried), executed.subtract(execCarried), null, 0));
            rows.add(new FundingRow(FundingRow.Kind.CARRIED_OVER, "上年结转资金", carried, carried, execCarried, null, 0));
        }
        rows.add(new FundingRow(FundingRow.Kind.OTHER, "其他资金", null, null, null, null, 0));
        BigDecimal budgetWeight = new BigDecimal("10.00");
        BudgetScore budget = scorer.scoreBudget(new Funding(rows, budgetWeight, rate, null, null, List.of(), null));
        Funding funding = new Funding(rows, budgetWeight, rate, budget.score(), null, List.of(), null);

        // indicators: 产出 50, 效益 30, 满意度 10 over the reported ones
        int n = minIndicators + random.nextInt(maxIndicators - minIndicators + 1);
        int satisfactions = 1 + (n >= 10 && chance(0.5) ? 1 : 0) + (n >= 16 && chance(0.3) ? 1 : 0);
        int benefits = Math.max(1, (int) Math.round((n - satisfactions) * fraction(0.2, 0.4).doubleValue()));
        int outputs = n - satisfactions - benefits;
        List<Indicator> indicators = new ArrayList<>(n);
        indicators.addAll(category(OUTPUTS, outputs, new BigDecimal("50")));
        indicators.addAll(category(BENEFITS, benefits, new BigDecimal("30")));
        indicators.addAll(category(SATISFACTIONS, satisfactions, new BigDecimal("10")));

        // printed scores: those of the rules, with an occasional slip
        List<Indicator> printed = new ArrayList<>(indicators.size());
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal scoreSum = BigDecimal.ZERO;
        for (Indicator i : indicators) {
            if (!i.actual().isReported()) {
                printed.add(i);
                continue;
            }
            IndicatorScore s = scorer.score(i);
            BigDecimal score = s.score() != null ? s.score() : i.reportedScore();
            if (chance(0.02)) {
                score = i.weight(); // an unmet indicator printed at full marks, or a restated one
            }
            String reason = i.deviationReason();
            if (score.compareTo(i.weight()) < 0 && reason.isEmpty() && chance(0.8)) {
                reason = "偏差原因：受" + pick(new String[] {"疫情", "资金下达较晚", "项目实施周期", "政策调整", "人员变动"})
                        + "影响，" + i.name() + "未达预期。改进措施：加强项目管理，合理设定年度目标。";
            }
            printed.add(new Indicator(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(), score, reason, 0));
            weightSum = weightSum.add(i.weight());
            scoreSum = scoreSum.add(score);
        }
        BigDecimal total = scoreSum.add(budget.score());
        if (chance(0.02)) {
            total = total.add(new BigDecimal("1.00")); // a total added wrong
        }
        String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
        Goals goals = goals(subject, printed);
        return new SelfEvaluation(header, funding, goals, printed, weightSum, scoreSum, new BigDecimal("100.00"), total, grade,
                chance(0.9) ? "无" : "项目资金来源为省级财政拨款，无其他资金。", "national", 0);
    }

    private List<Indicator> category(Kind[] kinds, int count, BigDecimal points) {
        List<Kind> chosen = new ArrayList<>(count);
        boolean[] notReported = new boolean[count];
        int reported = 0;
        for (int k = 0; k < count; k++) {
            chosen.add(pick(kinds));
        }
        // as forms print them: 数量, 质量, 时效, 成本 in turn
        chosen.sort(java.util.Comparator.comparingInt(kind -> LEVEL2_ORDER.indexOf(kind.level2)));
        for (int k = 0; k < count; k++) {
            notReported[k] = count > 1 && chance(0.08);
            reported += notReported[k] ? 0 : 1;
        }
        if (reported == 0) {
            notReported[0] = false;
            reported = 1;
        }
        BigDecimal[] weights = split(points, reported);
        List<Indicator> list = new ArrayList<>(count);
        int w = 0;
        for (int k = 0; k < count; k++) {
            Kind kind = chosen.get(k);
            String name = kind.name.startsWith("审计") || kind.name.startsWith("超规模") ? kind.name : prefix(kind) + kind.name;
            if (kind.op.equals("定性")) {
                String[] words = pick(QUALITATIVE_TARGETS);
                if (notReported[k]) {
                    list.add(notReported(kind, name, words[0]));
                    continue;
                }
                BigDecimal weight = weights[w++];
                BigDecimal share = pick(new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.9"), new BigDecimal("0.8")});
                String actual = share.compareTo(BigDecimal.ONE) == 0 ? (chance(0.5) ? "达成年度指标" : words[1])
                        : share.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
                list.add(new Indicator(kind.level1, kind.level2, name, Target.of("定性", words[0], ""), Actual.reported(actual),
                        weight, weight.multiply(share).setScale(2, RoundingMode.HALF_UP), "", 0));
                continue;
            }
            BigDecimal target = target(kind);
            if (notReported[k]) {
                list.add(notReported(kind, name, target.toPlainString()));
                continue;
            }
            BigDecimal actual = actual(kind, target);
            list.add(new Indicator(kind.level1, kind.level2, name, Target.of(kind.op, target.toPlainString(), kind.unit),
                    Actual.reported(actual.toPlainString()), weights[w++], null, "", 0));
        }
        return list;
    }

    private Indicator notReported(Kind kind, String name, String target) {
        return new Indicator(kind.level1, kind.level2, name, Target.of(kind.op, target, kind.unit),
                Actual.notReported("无", NOT_REPORTED_REASON), null, null, NOT_REPORTED_REASON, 0);
    }

    private String prefix(Kind kind) {
        return chance(0.5) ? pick(new String[] {"年度", "项目", "全年", "本级", "服务", "系统"}) : "";
    }

    private BigDecimal target(Kind kind) {
        if (kind.max == 0) {
            return BigDecimal.ZERO;
        }
        if (kind.percent) {
            int v = kind.min + random.nextInt(kind.max - kind.min + 1);
            return kind.decimals > 0 && chance(0.3) ? BigDecimal.valueOf(v * 10L + 5, 1) : BigDecimal.valueOf(v);
        }
        int v = kind.min + random.nextInt(kind.max - kind.min + 1);
        return BigDecimal.valueOf(v);
    }

    private BigDecimal actual(Kind kind, BigDecimal target) {
        if (target.signum() == 0) {
            return chance(0.9) ? BigDecimal.ZERO : BigDecimal.valueOf(1 + random.nextInt(3));
        }
        int scale = kind.percent ? 2 : kind.decimals;
        BigDecimal ratio;
        if (kind.op.equals("<=")) {
            ratio = chance(0.75) ? fraction(0.5, 1.0) : fraction(1.0, 1.8);
        } else if (kind.op.equals("=")) {
            ratio = chance(0.8) ? BigDecimal.ONE : fraction(0.85, 1.0);
        } else {
            double r = random.nextDouble();
            ratio = r < 0.65 ? fraction(1.0, 1.15) : r < 0.85 ? fraction(0.5, 1.0) : fraction(1.15, 2.5);
        }
        BigDecimal v = target.multiply(ratio).setScale(scale, RoundingMode.HALF_UP);
        if (kind.percent && v.compareTo(HUNDRED) > 0) {
            v = HUNDRED;
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    /** {@code points} in {@code n} weights of 2 decimals, uneven, summing exactly. */
    private BigDecimal[] split(BigDecimal points, int n) {
        double[] r = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            r[k] = 1 + random.nextInt(3);
            sum += r[k];
        }
        BigDecimal[] w = new BigDecimal[n];
        BigDecimal rest = points;
        for (int k = 0; k < n - 1; k++) {
            w[k] = points.multiply(BigDecimal.valueOf(r[k] / sum)).setScale(chance(0.6) ? 0 : 2, RoundingMode.HALF_UP)
                    .setScale(2, RoundingMode.UNNECESSARY);
            rest = rest.subtract(w[k]);
        }
        w[n - 1] = rest.setScale(2, RoundingMode.UNNECESSARY);
        if (w[n - 1].signum() <= 0) { // rounding ran the last one dry: share evenly instead
            BigDecimal each = points.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
            for (int k = 0; k < n; k++) {
                w[k] = each;
            }
            w[0] = points.subtract(each.multiply(BigDecimal.valueOf(n - 1)));
        }
        return w;
    }

    private Goals goals(String subject, List<Indicator> indicators) {
        StringBuilder declared = new StringBuilder("努力做好").append(subject).append("工作：");
        StringBuilder achieved = new StringBuilder("全年完成").append(subject).append("各项任务：");
        int k = 0;
        for (Indicator i : indicators) {
            if (k++ >= 4) {
                break;
            }
            Target t = i.target();
            String goal = !t.isQuantitative() ? t.text() : switch (t.operator()) {
                case LE, LT -> "不超过" + t.valueText() + t.unit();
                case EQ -> "为" + t.valueText() + t.unit();
                default -> "达到" + t.valueText() + t.unit() + "以上";
            };
            declared.append('(').append(k).append(')').append(i.name()).append(goal).append("；");
            achieved.append(i.name()).append(i.actual().isReported() ? "为" + i.actual().text() : "未统计").append("，");
        }
        declared.append("满足服务对象需求。");
        achieved.append("项目整体运行平稳。");
        if (chance(0.5)) {
            return new Goals("<p>" + declared + "</p>", "<p>" + achieved + "</p>");
        }
        return new Goals(declared.toString(), achieved.toString());
    }

    // ---- the text ----------------------------------------------------------------------------------------------------

    /** The table as the national layout prints it (the Yunnan seed's 公开13表). */
    public static void render(SelfEvaluation e, StringBuilder out) {
        Header h = e.header();
        out.append("\n\n项目支出绩效自评表\n\n").append(h.disclosureNo()).append("\n\n编制单位： ").append(h.preparedBy())
                .append("\n\n金额单位：万元\n\n");
        out.append("项目名称\t").append(h.project()).append("\t\t\t\t\t\t\t\n");
        out.append("主管部门\t").append(h.department()).append("\t\t\t实施单位\t").append(h.unit()).append("\t\t\t\n");
        out.append("项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t备注\n");
        Funding f = e.funding();
        for (FundingRow r : f.rows()) {
            boolean total = r.kind() == FundingRow.Kind.TOTAL;
            out.append('\t').append(r.label()).append('\t').append(amount(r.initial())).append('\t').append(amount(r.annual()))
                    .append('\t').append(amount(r.executed())).append('\t').append(total ? amount(f.weight()) : "")
                    .append('\t').append(amount(r.ratePct())).append('\t').append(total ? amount(f.reportedScore()) : "")
                    .append("\t\n");
        }
        out.append("年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t\n");
        out.append('\t').append(e.goals().declared()).append("\t\t\t").append(e.goals().achieved()).append("\t\t\t\t\n");
        out.append("\n项目支出绩效指标表\n\n");
        out.append("绩效指标\t\t\t年度指标值\t\t\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n");
        out.append("一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t\t\t\t\n");
        out.append("\t\t\t\t\t\t\t").append(amount(e.reportedIndicatorWeightSum())).append('\t')
                .append(amount(e.reportedIndicatorScoreSum())).append("\t\n");
        for (Indicator i : e.indicators()) {
            Target t = i.target();
            boolean qualitative = !t.isQuantitative();
            out.append(i.level1()).append('\t').append(i.level2()).append('\t').append(i.name()).append('\t')
                    .append(qualitative ? "定性" : t.operator().symbol()).append('\t').append(t.valueText()).append('\t')
                    .append(t.unit()).append('\t');
            if (i.actual().isReported()) {
                out.append(i.actual().text()).append('\t').append(amount(i.weight())).append('\t').append(amount(i.reportedScore()));
            } else {
                out.append("无\t\t");
            }
            out.append('\t').append(i.deviationReason()).append('\n');
        }
        out.append("其他需要说明的事项\t\t").append(e.notes()).append("\t\t\t\t\t\t\t\n");
        out.append("总分\t\t\t\t\t\t\t").append(amount(e.reportedMaxTotal())).append('\t').append(amount(e.reportedTotal()))
                .append("\t自评等级\n");
        out.append("\t\t\t\t\t\t\t\t\t").append(e.reportedGrade()).append('\n');
        out.append("\n备注：1.其他资金：请在“其他需要说明的事项”栏注明资金来源。\n"
                + " 2.实际完成值：定性指标，根据指标完成情况分为达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，分别按 100%-80%（含）、80%-60%（含）、60%-0%合理确定实际完成值。\n"
                + " 3.分值：原则上预算执行率10分，产出指标总分50分，效益指标总分30分，满意度指标总分10分。\n"
                + " 4.自评等级：划分为4档，100-90（含）分为优、90-80（含）分为良、80-60（含）分为中、60分以下为差，系统将根据得分情况自动生成自评等级。\n"
                + "\n备注：1.涉密部门和涉密信息按保密规定不公开。\n"
                + " 2.一级指标包含产出指标、效益指标、满意度指标，二级指标和三级指标根据项目实际情况设置。\n");
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.setScale(Math.max(2, v.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    // ---- randomness -------------------------------------------------------------------------------------------------

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private BigDecimal fraction(double from, double to) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(4, RoundingMode.HALF_UP);
    }

    private BigDecimal money(int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextLong((to - from) * 100L), 2);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** How many tables this generator has made. */
    public int count() {
        return count;
    }
}
