package org.jixiao.core.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jixiao.core.text.Messages;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a final grade is carried into the next budget (结果应用, lifecycle §5), as data: the action of each grade, the
 * share cut after a 中 (set in each year's budget guidance), and whether a declaration after a 差 is blocked or only
 * warned.
 *
 * @param id          the policy's name
 * @param source      where it comes from
 * @param actions     grade (优 / 良 / 中 / 差) → action
 * @param cutPct      the percentage cut where the action is {@link BudgetAction#CUT}
 * @param afterPoor   {@code BLOCK} or {@code WARN}: a declaration of the project after a year ending in the grade whose
 *                    action is {@link BudgetAction#SUSPEND}
 * @param rectifyGrades the final grades that propose a rectification notice (lifecycle §6: 中, 差)
 */
public record ResultsPolicy(String id, String source, Map<String, BudgetAction> actions, BigDecimal cutPct, Gate afterPoor,
                            java.util.Set<String> rectifyGrades) {

    public enum Gate { BLOCK, WARN }

    /** The action and the suggested cut of a project's next budget, exact in the budget's own unit. */
    public record Decision(String grade, BudgetAction action, BigDecimal cut) {
    }

    public ResultsPolicy {
        actions = actions == null ? Map.of() : Map.copyOf(actions);
        if (actions.containsValue(BudgetAction.CUT) && cutPct == null) {
            throw new IllegalArgumentException(Messages.CORE.both("results.cut_pct", id));
        }
        afterPoor = afterPoor == null ? Gate.BLOCK : afterPoor;
        rectifyGrades = rectifyGrades == null ? java.util.Set.of() : java.util.Set.copyOf(rectifyGrades);
    }

    /** Whether a year ending in this final grade proposes a rectification notice. */
    public boolean proposesRectification(String grade) {
        return grade != null && rectifyGrades.contains(grade);
    }

    /** The decision for a final grade; null where the grade is none (a scheme without bands) or has no action. */
    public Decision decide(String grade, BigDecimal budget) {
        BudgetAction a = grade == null ? null : actions.get(grade);
        if (a == null) {
            return null;
        }
        BigDecimal cut = switch (a) {
            case CUT -> budget == null ? null : budget.multiply(cutPct).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            case SUSPEND -> budget;
            default -> budget == null ? null : BigDecimal.ZERO;
        };
        return new Decision(grade, a, cut);
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The built-in policy of lifecycle §5 (优 优先保障, 良 据实保障, 中 核减 10 %, 差 取消或暂停). */
    public static ResultsPolicy national() {
        try (InputStream in = ResultsPolicy.class.getResourceAsStream("national.json")) {
            return JSON.readValue(in, ResultsPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResultsPolicy read(InputStream json) {
        return JSON.readValue(json, ResultsPolicy.class);
    }
}
