package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.text.Text;

/**
 * A declaration whose header is 一级指标 | 二级指标 | 绩效标准 | 当年预期实现值 (the classes in the first column, the
 * names in the second, a 绩效标准 describing each), its cells run together: 办公大楼日常维修维护次数反映办公大楼全年维修
 * 维护情况2280次大楼安检巡察次数反映…. The description opens with 反映 and ends with 情况 (程度, 水平), so it cuts each
 * name from its value; the value (a figure with its unit, a sign) ends where the next name starts. The rows are
 * rebuilt under a header of this step's making, one field a cell.
 */
final class DescribedNames {
    private static final String OPENS = "反映";
    /** So many characters of a description's subject in the text before it tell where its name starts. */
    private static final int SUBJECT = 4;
    private static final String[] CLOSES = {"情况", "程度", "水平"};
    private static final Pattern VALUE = Pattern.compile(
            "^(?:[≥≤><=＞＜]=?)?\\d+(?:\\.\\d+)?(?:%|％|万元|元|次|个|人次|人|天|日|月|年|项|家|户|台|套|件|场|期|份|所|间|吨|公里|平方米)?");
    /** A target worded as a comparison, after a name of two characters or more: 不超预算, 不低于上年. */
    private static final Pattern COMPARISON = Pattern.compile("(?<=..)(?:不超|不低于|不高于|不少于|不多于)");
    private static final Pattern SIGN_ALONE = Pattern.compile("^(?:[≥≤><=＞＜]=?)$");

    /** One row as the text gives it: its class, its name, its description, its value (null until read). */
    private static final class Parsed {
        final String level2;
        final String name;
        final String description;
        String value;
        final int line;

        Parsed(String level2, String name, String description, int line) {
            this.level2 = level2;
            this.name = name;
            this.description = description;
            this.line = line;
        }
    }

    private DescribedNames() {
    }

    /** The segment with such a declaration's rows rebuilt, or the segment itself. */
    static List<Row> rebuild(List<Row> segment) {
        for (int i = 0; i < segment.size(); i++) {
            Row row = segment.get(i);
            if (!isLevelsHeader(row)) {
                continue;
            }
            int standard = standardRow(segment, i);
            if (standard < 0) {
                continue;
            }
            List<Parsed> parsed = new ArrayList<>();
            int end = parse(segment, standard + 1, parsed);
            if (parsed.size() < 2) {
                continue;
            }
            List<Row> out = new ArrayList<>(segment.subList(0, i));
            out.add(new Row(row.line(), List.of("二级指标", "指标名称", "绩效标准", "指标值"), true));
            for (Parsed p : parsed) {
                out.add(new Row(p.line, List.of(p.level2 == null ? "" : p.level2, p.name, p.description,
                        p.value == null ? "" : p.value), true));
            }
            out.addAll(segment.subList(end, segment.size()));
            return out;
        }
        return segment;
    }

    /** 一级指标 and 二级指标 with no column of names of their own (三级指标, 指标名称). */
    private static boolean isLevelsHeader(Row row) {
        String k = row.joinedKey();
        return k.contains("二级指标") && k.contains("一级指标") && !k.contains("三级指标") && !k.contains("指标名称");
    }

    /** The row (the header's own or the next) printing 绩效标准; -1 when none. */
    private static int standardRow(List<Row> rows, int header) {
        if (rows.get(header).joinedKey().contains("绩效标准")) {
            return header;
        }
        for (int j = header + 1; j < rows.size(); j++) {
            if (!rows.get(j).isBlank()) {
                return rows.get(j).joinedKey().contains("绩效标准") && rows.get(j).joinedKey().length() <= 16 ? j : -1;
            }
        }
        return -1;
    }

    /** Reads the rows from {@code k}; returns the index of the first row after them. */
    private static int parse(List<Row> rows, int k, List<Parsed> out) {
        String level2 = null;
        for (; k < rows.size(); k++) {
            Row row = rows.get(k);
            if (row.isBlank()) {
                continue;
            }
            String first = Text.key(row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse(""));
            if (first.startsWith("合计") || first.startsWith("备注") || first.startsWith("填表说明") || IndicatorColumns.isHeader(row)) {
                return k;
            }
            boolean used = false;
            for (String cell : row.cells()) {
                String c = Text.clean(cell);
                if (c.isEmpty()) {
                    continue;
                }
                if (Vocabulary.isLevel2(c) && !Vocabulary.isLevel1(c)) {
                    level2 = c;
                    used = true;
                } else if (c.contains(OPENS)) {
                    used |= readNames(c, level2, row.line(), out);
                } else if (pendingValue(out) && (VALUE.matcher(c).matches() || SIGN_ALONE.matcher(c).matches())) {
                    out.get(out.size() - 1).value = c;
                    used = true;
                }
            }
            if (!used) {
                return k; // no class, no described name and no value: the rows have ended
            }
        }
        return k;
    }

    private static boolean pendingValue(List<Parsed> out) {
        return !out.isEmpty() && out.get(out.size() - 1).value == null;
    }

    /** Cuts names, descriptions and values out of one run-together cell; true when any was read. */
    private static boolean readNames(String cell, String level2, int line, List<Parsed> out) {
        String rest = cell;
        boolean read = false;
        while (true) {
            int open = rest.indexOf(OPENS);
            if (open <= 0) {
                return read;
            }
            int close = close(rest, open);
            if (close < 0) {
                return read;
            }
            String description = rest.substring(open, close);
            addNamed(rest.substring(0, open), description, level2, line, out);
            read = true;
            rest = rest.substring(close);
            Matcher v = VALUE.matcher(rest);
            if (v.find() && v.end() > 0) {
                out.get(out.size() - 1).value = rest.substring(0, v.end());
                rest = rest.substring(v.end());
            } else if (SIGN_ALONE.matcher(rest).matches()) {
                out.get(out.size() - 1).value = rest; // the text cut off after the sign
                return true;
            }
        }
    }

    /** Where the description opening at {@code open} ends: after the first 情况 (程度, 水平) past it. */
    private static int close(String s, int open) {
        int best = -1;
        for (String c : CLOSES) {
            int at = s.indexOf(c, open + OPENS.length());
            if (at >= 0 && (best < 0 || at + c.length() < best)) {
                best = at + c.length();
            }
        }
        return best;
    }

    /**
     * The name before a description; where the description's subject (its first four characters after 反映) starts
     * part-way through the text before it, the name starts there and the text before is a row of its own with no
     * description, its value glued to it: cut before a comparison's words (成本控制率 | 不超预算), else kept whole as
     * its name.
     */
    private static void addNamed(String before, String description, String level2, int line, List<Parsed> out) {
        String subject = description.length() >= OPENS.length() + SUBJECT ? description.substring(OPENS.length(), OPENS.length() + SUBJECT) : "";
        int at = subject.isEmpty() ? -1 : before.indexOf(subject);
        if (at > 0) {
            String undescribed = before.substring(0, at);
            Matcher c = COMPARISON.matcher(undescribed);
            Parsed row = new Parsed(level2, c.find() ? undescribed.substring(0, c.start()) : undescribed, "", line);
            row.value = c.find(0) ? undescribed.substring(c.start()) : null;
            out.add(row);
            before = before.substring(at);
        }
        out.add(new Parsed(level2, before, description, line));
    }
}
