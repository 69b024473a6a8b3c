package org.jixiao.server.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;

/**
 * The API's "update actuals": new actuals for some indicators, over the version the caller read.
 *
 * @param version the version read; a save over another version is a conflict
 */
public record ActualsUpdate(@NotNull(message = "{validation.required}") Integer version,
                            @NotNull(message = "{validation.required}") @Size(max = 200, message = "{validation.tooManyRows}")
                            List<@Valid Change> actuals) {

    /**
     * The actual of one indicator (by its 0-based index). {@code targetValue}, {@code targetUnit}, {@code operator}
     * and {@code weight} are not the actuals': given, they must be what the evaluation holds (a client echoing the
     * row); a change of them is refused, as they are locked in an evaluation made from a declaration.
     */
    public record Change(@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}")
                         @Max(value = 199, message = "{validation.tooManyRows}") Integer index,
                         ActualStatus status,
                         @Size(max = 1000, message = "{validation.tooLong}") String actual,
                         @Size(max = 4000, message = "{validation.tooLong}") String reason,
                         java.math.BigDecimal targetValue, String targetUnit, String operator, java.math.BigDecimal weight) {

        public Change(Integer index, ActualStatus status, String actual, String reason) {
            this(index, status, actual, reason, null, null, null, null);
        }

        /** The first locked column this change would change in {@code row}, null where it changes none. */
        public String lockedColumnChanged(org.jixiao.core.evaluation.Indicator row) {
            var t = row.target();
            if (targetValue != null && (t.value() == null || t.value().compareTo(targetValue) != 0)) {
                return "targetValue";
            }
            if (targetUnit != null && !targetUnit.strip().equals(t.unit())) {
                return "targetUnit";
            }
            if (operator != null && !operator.strip().equals(t.operator().name()) && !operator.strip().equals(t.operator().symbol())) {
                return "operator";
            }
            if (weight != null && (row.weight() == null || row.weight().compareTo(weight) != 0)) {
                return "weight";
            }
            return null;
        }
    }
}
