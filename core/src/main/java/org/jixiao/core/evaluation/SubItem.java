package org.jixiao.core.evaluation;

import java.math.BigDecimal;

/** A sub-item (子项) of the project's funds with its budget and actual, as printed. */
public record SubItem(String name, BigDecimal budget, BigDecimal actual, int line) {
}
