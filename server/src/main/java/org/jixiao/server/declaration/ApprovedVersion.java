package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import org.jixiao.core.declaration.DeclarationVersion;

/**
 * One approved version of a declaration's goals, as stored.
 *
 * @param adjustmentId the adjustment whose approval made it, null for version 1 (终审)
 */
public record ApprovedVersion(int number, Long adjustmentId, DeclarationVersion version, OffsetDateTime approvedAt,
                              String approvedBy) {
}
