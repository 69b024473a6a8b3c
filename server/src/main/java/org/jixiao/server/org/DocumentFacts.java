package org.jixiao.server.org;

/**
 * What the policies know of a document of any kind (a self-evaluation, a declaration, a monitoring report):
 * the status it stands in, whether that status allows editing, and who submitted it (null while nobody has).
 */
public record DocumentFacts(Enum<?> status, boolean editable, Long submittedBy) {
}
