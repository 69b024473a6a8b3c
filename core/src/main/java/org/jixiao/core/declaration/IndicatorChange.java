package org.jixiao.core.declaration;

import org.jixiao.core.text.Messages;

/**
 * One indicator's change in an adjustment (绩效目标调整): 新增, 修改 or 删除.
 *
 * @param kind           what is done
 * @param indicatorIndex the indicator of the version being adjusted (0-based, in its printed order); null for ADD
 * @param indicator      the new or modified indicator; null for DELETE
 */
public record IndicatorChange(Kind kind, Integer indicatorIndex, DeclaredIndicator indicator) {

    public enum Kind {
        ADD("新增"), MODIFY("修改"), DELETE("删除");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public IndicatorChange {
        if (kind == null) {
            throw new IllegalArgumentException(Messages.CORE.both("adjustment.kind_missing"));
        }
        if (kind != Kind.ADD && indicatorIndex == null) {
            throw new IllegalArgumentException(Messages.CORE.zh("adjustment.index_missing", kind.label()) + " / "
                    + Messages.CORE.en("adjustment.index_missing", kind));
        }
        if (kind != Kind.DELETE && indicator == null) {
            throw new IllegalArgumentException(Messages.CORE.zh("adjustment.indicator_missing", kind.label()) + " / "
                    + Messages.CORE.en("adjustment.indicator_missing", kind));
        }
    }

    public static IndicatorChange add(DeclaredIndicator indicator) {
        return new IndicatorChange(Kind.ADD, null, indicator);
    }

    public static IndicatorChange modify(int index, DeclaredIndicator indicator) {
        return new IndicatorChange(Kind.MODIFY, index, indicator);
    }

    public static IndicatorChange delete(int index) {
        return new IndicatorChange(Kind.DELETE, index, null);
    }
}
