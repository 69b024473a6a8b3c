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

    /** The actual of one indicator (by its 0-based index). */
    public record Change(@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}")
                         @Max(value = 199, message = "{validation.tooManyRows}") Integer index,
                         ActualStatus status,
                         @Size(max = 1000, message = "{validation.tooLong}") String actual,
                         @Size(max = 4000, message = "{validation.tooLong}") String reason) {
    }
}
