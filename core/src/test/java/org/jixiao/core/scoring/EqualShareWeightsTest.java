package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.suzhou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** 苏州：55 分由全部产出、效益、满意度指标平分，四舍五入到 2 位小数，尾差放在一个指标上使合计恰为 55。 */
class EqualShareWeightsTest {

    private static List<Indicator> unweighted(int outputs, int benefits, int satisfactions) {
        List<Indicator> list = new ArrayList<>();
        list.add(suzhou("决策目标", "立项程序规范性", "规范", "100%", "1"));
        list.add(suzhou("过程目标", "预算执行率", "=100%", "100%", "8"));
        for (int k = 0; k < outputs; k++) {
            list.add(suzhou("产出目标", "产出" + k, ">=3个", "3", null));
        }
        for (int k = 0; k < benefits; k++) {
            list.add(suzhou("效益目标", "效益" + k, "稳定", "好", null));
        }
        for (int k = 0; k < satisfactions; k++) {
            list.add(suzhou("满意度目标", "满意度" + k, ">=95%", "95", null));
        }
        return list;
    }

    @Test
    void twelve_indicators_share_55_points_as_eleven_of_4_58_and_one_of_4_62() {
        List<Indicator> indicators = unweighted(5, 6, 1); // the seed: 5 产出, 6 效益, 1 满意度
        List<BigDecimal> weights = EqualShareWeights.weightsFor(indicators, SUZHOU);

        assertThat(weights.get(0)).isEqualByComparingTo("1");
        assertThat(weights.get(1)).isEqualByComparingTo("8");
        List<BigDecimal> shared = weights.subList(2, weights.size());
        assertThat(shared).hasSize(12);
        // the seed puts the 4.62 on the second 产出 indicator: residueIndex 1
        assertThat(shared.get(1)).isEqualByComparingTo("4.62");
        assertThat(shared.stream().filter(w -> w.compareTo(d("4.58")) == 0)).hasSize(11);
        assertThat(shared.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("55");
        assertThat(SUZHOU.equalShare().residueIndex()).isEqualTo(1);
    }

    @Test
    void a_residue_below_zero_lowers_one_share() {
        // 55 / 7 = 7.857… → 7.86 × 7 = 55.02: one share is 7.84
        List<BigDecimal> shared = EqualShareWeights.weightsFor(unweighted(3, 3, 1), SUZHOU).subList(2, 9);
        assertThat(shared.get(1)).isEqualByComparingTo("7.84");
        assertThat(shared.stream().filter(w -> w.compareTo(d("7.86")) == 0)).hasSize(6);
        assertThat(shared.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("55");
    }

    @Test
    void one_indicator_takes_all_55_points() {
        assertThat(EqualShareWeights.weightsFor(unweighted(1, 0, 0), SUZHOU).get(2)).isEqualByComparingTo("55");
    }

    @Test
    void printed_weights_win_over_shares() {
        List<Indicator> indicators = new ArrayList<>(unweighted(2, 1, 1));
        indicators.set(2, indicators.get(2).withWeight(d("20")));
        List<BigDecimal> weights = EqualShareWeights.weightsFor(indicators, SUZHOU);
        assertThat(weights.get(2)).isEqualByComparingTo("20");
        assertThat(weights.get(3)).isEqualByComparingTo("13.75"); // 55 / 4, the share it would have had
    }

    @Test
    void indicators_not_reported_take_no_share() {
        List<Indicator> indicators = new ArrayList<>(unweighted(4, 1, 1));
        indicators.set(2, indicators.get(2).withActual(Actual.notReported("无", "年中调整")));
        List<BigDecimal> weights = EqualShareWeights.weightsFor(indicators, SUZHOU);
        assertThat(weights.get(2)).isNull();
        assertThat(weights.subList(3, weights.size())).allSatisfy(w -> assertThat(w).isEqualByComparingTo("11"));
    }

    @Test
    void a_scheme_without_shares_leaves_missing_weights_missing() {
        assertThat(EqualShareWeights.weightsFor(unweighted(2, 1, 1), NATIONAL).get(2)).isNull();
    }

    @Test
    void a_suzhou_table_printed_without_shared_weights_scores_its_80_points() {
        ScoreSheet sheet = new Scorer(SUZHOU).score(Fixtures.evaluation(null, SuzhouSeed.indicators(false)));
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("80");
        assertThat(sheet.total()).isEqualByComparingTo("80.00");
        assertThat(sheet.indicators().get(12).weight()).isEqualByComparingTo("4.62");
    }
}
