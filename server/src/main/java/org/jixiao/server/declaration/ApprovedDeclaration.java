package org.jixiao.server.declaration;

/**
 * A declaration whose goals finance approved, as a monitoring round picks it: where it is filed, its project and the
 * latest approved version of its goals.
 */
public record ApprovedDeclaration(long id, long organisationId, int year, String project, String projectCode,
                                  int approvedVersion) {
}
