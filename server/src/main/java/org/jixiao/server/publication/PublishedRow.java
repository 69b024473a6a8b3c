package org.jixiao.server.publication;

import java.math.BigDecimal;

/** One published table in the public list: what its header and result say, nothing about who worked on it. */
public record PublishedRow(long id, Integer year, String project, String department, String unit, String region,
                           BigDecimal total, String grade) {
}
