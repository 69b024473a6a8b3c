package org.jixiao.server.workflow;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A batch review as the API receives it: the tables, the step, one opinion for all, and optionally the version the
 * caller saw of each table, in the order of {@code ids}.
 */
public record BatchReviewRequest(
        @NotEmpty(message = "{validation.required}") @Size(max = BatchReview.MAX_IDS, message = "{validation.tooManyRows}")
        List<Long> ids,
        @NotNull(message = "{validation.required}") Transition action,
        @Size(max = 4000, message = "{validation.opinionTooLong}") String opinion,
        List<Integer> versions) {

    /** Versions, where given, are one per id. */
    @AssertTrue(message = "{validation.versionsPerId}")
    public boolean isVersionsOnePerId() {
        return versions == null || ids == null || versions.size() == ids.size();
    }
}
