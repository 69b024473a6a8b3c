package org.jixiao.server.publication;

import java.math.BigDecimal;

/**
 * One published table in the public list: what its header and result say, nothing about who worked on it.
 *
 * @param total     what the table stands at: finance's re-checked total where it re-checked the table, the
 *                  self-evaluation's otherwise ({@code rechecked} says which)
 * @param grade     the grade of {@code total}
 */
public record PublishedRow(long id, Integer year, String project, String department, String unit, String region,
                           BigDecimal total, String grade, boolean rechecked) {
}
