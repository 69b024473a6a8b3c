package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 复核 list as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK), CRLF, every
 * field quoted where it holds a quote, comma or line break, and text that Excel would run as a formula defused.
 */
@Component
class RecheckCsv {
    private static final String BOM = "\uFEFF";
    private static final List<String> COLUMNS = List.of("rank", "year", "project", "department", "unit", "status",
            "self", "recomputed", "rechecked", "gap", "grade", "rate", "errors", "warnings", "notices", "unmet",
            "budget", "executed", "codes");
    private final MessageSource messages;

    RecheckCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<RecheckRow> rows, CurrencyUnit unit, Locale locale) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String c : COLUMNS) {
            String label = messages.getMessage("recheck.col." + c, null, locale);
            header.add(c.equals("budget") || c.equals("executed")
                    ? label + messages.getMessage("recheck.inUnit", new Object[] {messages.getMessage("currency." + unit.name(), null, locale)}, locale)
                    : label);
        }
        line(out, header);
        int rank = 0;
        for (RecheckRow r : rows) {
            line(out, List.of(String.valueOf(++rank), r.year() == null ? "" : r.year().toString(), text(r.project()),
                    text(r.department()), text(r.unit() != null ? r.unit() : r.organisation()),
                    messages.getMessage("status." + r.status().name(), null, locale),
                    two(r.selfTotal()), two(r.recomputedTotal()), two(r.recheckedTotal()), two(r.gap()),
                    r.grade() == null ? "" : r.grade(), two(r.ratePct()), String.valueOf(r.errors()),
                    String.valueOf(r.warnings()), String.valueOf(r.notices()), String.valueOf(r.unmet()),
                    two(r.budget()), two(r.executed()),
                    String.join(" ", r.findings().stream().map(RecheckRow.FindingRef::code).distinct().toList())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(k)));
        }
        out.append("\r\n");
    }

    static String quoted(String field) {
        if (field.contains("\"") || field.contains(",") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /** Typed text starting with = + - @ (or a tab or return) would run as a formula in Excel; a quote keeps it text. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String two(BigDecimal d) {
        return d == null ? "" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
