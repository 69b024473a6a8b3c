package org.jixiao.formats.text;

import org.jixiao.core.text.Text;

/** Label–value pairs of the header: the value is the rest of the label's cell, or the next cell that is no label. */
final class Labels {
    private static final String[] ALL = {"项目名称", "主管部门", "实施单位", "项目主管部门", "编制单位", "金额单位", "项目年份",
            "部门名称", "单位名称", "预算单位", "项目单位", "年度资金总额"};

    private Labels() {
    }

    /**
     * The value of the first of {@code labels} (longest first) found in the row, or null when the row has none of
     * them; "" when the label is there with no value.
     */
    static String value(Row row, String... labels) {
        for (int i = 0; i < row.size(); i++) {
            String k = row.key(i);
            for (String label : labels) {
                if (k.startsWith(label)) {
                    String rest = stripDecoration(row.cell(i), label);
                    if (!rest.isEmpty()) {
                        return rest;
                    }
                    String next = nextNonLabel(row, i);
                    return next;
                }
            }
        }
        return null;
    }

    private static String nextNonLabel(Row row, int i) {
        for (int j = i + 1; j < row.size(); j++) {
            String c = row.cell(j).strip();
            if (c.isEmpty()) {
                continue;
            }
            return isLabel(Text.key(c)) ? "" : c;
        }
        return "";
    }

    static boolean isLabel(String key) {
        for (String l : ALL) {
            if (key.startsWith(l)) {
                return true;
            }
        }
        return false;
    }

    /** "实施单位 云南省信息技术发展中心" → "云南省信息技术发展中心"; "项目主管部门(单位)" → "". */
    private static String stripDecoration(String cell, String label) {
        String s = cell.strip();
        int at = indexOfLabel(s, label);
        if (at < 0) {
            return "";
        }
        s = s.substring(at).strip();
        s = s.replaceFirst("^[（(][^）)]{0,6}[）)]", "").strip();
        s = s.replaceFirst("^[:：]", "").strip();
        return s;
    }

    /** Where the label ends in the printed cell, allowing white space inside it ("项 目 名 称"). */
    private static int indexOfLabel(String cell, String label) {
        int li = 0;
        int i = 0;
        while (i < cell.length() && li < label.length()) {
            char c = cell.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            if (Text.key(String.valueOf(c)).equals(String.valueOf(label.charAt(li)))) {
                li++;
                i++;
            } else {
                return -1;
            }
        }
        return li == label.length() ? i : -1;
    }
}
