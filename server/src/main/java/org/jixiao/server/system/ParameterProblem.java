package org.jixiao.server.system;

/**
 * A request parameter refused before binding, as a field error of the form it was posted with.
 *
 * @param field the parameter's name ({@code indicators[5000].name}, {@code project})
 * @param code  the message key
 * @param args  the message's arguments
 */
record ParameterProblem(String field, String code, Object... args) {
}
