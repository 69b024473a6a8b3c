package org.jixiao.server.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The API's "create": the organisation it belongs to and the form. */
public record CreateEvaluationRequest(@NotNull(message = "{validation.required}") Long organisationId,
                                      @NotNull(message = "{validation.required}") @Valid EvaluationForm evaluation) {
}
