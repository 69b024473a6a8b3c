package org.jixiao.server.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words for an audited field ("indicators[2].actual" → "指标第 3 行 · 实际完成值") and its values, for templates. */
@Component("fieldLabels")
public class FieldLabels {
    private static final Pattern ROW = Pattern.compile("^(indicators|funding)\\[(\\d+)]\\.(\\w+)$");
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("header.project", "form.project"), Map.entry("header.department", "form.department"),
            Map.entry("header.unit", "form.unit"), Map.entry("header.year", "form.year"),
            Map.entry("header.currencyUnit", "form.currencyUnit"), Map.entry("funding.weight", "form.funding.weight"),
            Map.entry("funding.score", "form.funding.score"), Map.entry("goals.declared", "form.goals.declared"),
            Map.entry("goals.achieved", "form.goals.achieved"), Map.entry("notes", "form.notes"),
            Map.entry("total", "form.total"), Map.entry("grade", "form.grade"), Map.entry("status", "form.status"),
            Map.entry("funding.label", "form.funding.row"), Map.entry("funding.initial", "form.funding.initial"),
            Map.entry("funding.annual", "form.funding.annual"), Map.entry("funding.executed", "form.funding.executed"),
            Map.entry("indicators.level1", "form.ind.level1"), Map.entry("indicators.level2", "form.ind.level2"),
            Map.entry("indicators.name", "form.ind.name"), Map.entry("indicators.target", "form.ind.target"),
            Map.entry("indicators.actual", "form.ind.actual"), Map.entry("indicators.actualStatus", "form.ind.status"),
            Map.entry("indicators.actualReason", "form.ind.reason"), Map.entry("indicators.weight", "form.ind.weight"),
            Map.entry("indicators.score", "form.ind.score"), Map.entry("indicators.deviationReason", "form.ind.deviation"),
            Map.entry("attachments", "attachment.history"), Map.entry("indicators.attachments", "attachment.history"));

    private final MessageSource messages;

    public FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String field, Locale locale) {
        Matcher m = ROW.matcher(field);
        if (m.matches()) {
            String name = word(m.group(1) + "." + m.group(3), locale);
            String row = m.group(1).equals("indicators") ? "history.row" : "history.fundingRow";
            return messages.getMessage(row, new Object[] {Integer.parseInt(m.group(2)) + 1, name}, locale);
        }
        return word(field, locale);
    }

    /** A value as shown: a status or reporting status in words, anything else as it is. */
    public String value(String field, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (field.equals("status")) {
            return messages.getMessage("status." + value, null, value, locale);
        }
        if (field.endsWith(".actualStatus")) {
            return messages.getMessage("actualStatus." + value, null, value, locale);
        }
        return value;
    }

    private String word(String field, Locale locale) {
        String key = KEYS.get(field);
        return key == null ? field : messages.getMessage(key, null, field, locale);
    }
}
