package org.jixiao.core.declaration;

/** 项目属性 as declared: 新增 / 延续, or, in some regions' forms, 经常性 / 一次性. */
public enum ProjectAttribute {
    NEW("新增"), CONTINUING("延续"), RECURRENT("经常性"), ONE_OFF("一次性");

    private final String label;

    ProjectAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The attribute a cell names: its label or enum name, or, where the form prints every choice with a box, the
     * label after a ticked one (☑新增 □延续); null for a blank or unknown cell.
     */
    public static ProjectAttribute parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        for (ProjectAttribute a : values()) {
            if (text.equals(a.label) || text.equalsIgnoreCase(a.name())) {
                return a;
            }
        }
        for (ProjectAttribute a : values()) {
            for (String tick : TICKS) {
                if (text.contains(tick + a.label)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static final String[] TICKS = {"☑", "■", "√", "✔", "☒", "▣"};
}
