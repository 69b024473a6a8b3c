package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.List;

/**
 * An adjustment as the API takes it: the adjusted annual goal as text, 调整说明, the amount asked for, and per
 * indicator the change — {@code ADD}, {@code MODIFY} or {@code DELETE} (新增 / 修改 / 删除 too) — naming by
 * {@code indicatorIndex} (0-based) an indicator of the version in force.
 */
public record AdjustmentInput(String goals, String explanation, BigDecimal amount, List<ChangeInput> changes,
                              Integer version) {

    public record ChangeInput(String change, Integer indicatorIndex, DeclarationInput.IndicatorInput indicator) {
    }
}
