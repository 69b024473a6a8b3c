package org.jixiao.office.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredFunding;
import org.jixiao.core.declaration.DeclaredGoals;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.ProjectAttribute;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Target;
import org.jixiao.office.QuietLibraries;
import org.jixiao.office.table.DeclarationForm;
import org.jixiao.office.table.OfficialTable;

/**
 * The blank 绩效目标申报表 to fill in (.xlsx): the official form as {@link DeclarationForm} prints it, one row of each
 * class the declaration checks ask for and blank rows after them, with drop-downs for 项目属性, 一级指标, 二级指标,
 * 指标性质 and 度量单位 (a unit beyond the list warns, the others refuse other text) and 权重 as a number. Filled in, it
 * reads back through the reader as any declaration does.
 */
public final class DeclarationTemplate {
    static {
        QuietLibraries.apply();
    }

    /** 一级 → its 二级 classes, in the order the checks of lifecycle §1 name them. */
    public static final Map<String, List<String>> CLASSES = classes();
    /** Indicator rows in all: one of each class, then blank ones. */
    static final int INDICATOR_ROWS = 20;

    private static Map<String, List<String>> classes() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"));
        m.put("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        m.put("满意度指标", List.of("服务对象满意度指标"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The blank declaration the template prints: no header or funding yet, the class rows and blank rows. */
    public static Declaration blank() {
        List<DeclaredIndicator> rows = new ArrayList<>();
        CLASSES.forEach((level1, level2s) -> level2s.forEach(level2 ->
                rows.add(new DeclaredIndicator(0, level1, level2, "", Target.parse(""), null, "", ""))));
        while (rows.size() < INDICATOR_ROWS) {
            rows.add(new DeclaredIndicator(0, "", null, "", Target.parse(""), null, "", ""));
        }
        return new Declaration(new DeclarationHeader("", null, "", "", null, CurrencyUnit.WAN_YUAN, null, null, null, "", ""),
                DeclaredFunding.none(), DeclaredFunding.none(), DeclaredGoals.none(), rows);
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            OfficialTable table = DeclarationForm.of(blank());
            Sheet sheet = wb.createSheet(DeclarationForm.TITLE);
            TableSheet.write(table, new PoiSheetCells(sheet, new CellStyles(wb)));
            DataValidationHelper dv = sheet.getDataValidationHelper();
            int attribute = TemplateWorkbook.rowOf(table, "项目属性");
            TemplateWorkbook.list(sheet, dv, attribute, attribute, 1,
                    Arrays.stream(ProjectAttribute.values()).map(ProjectAttribute::label).toList(), true);
            int first = TemplateWorkbook.rowOf(table, "一级指标") + 1;
            int last = first + INDICATOR_ROWS - 1;
            TemplateWorkbook.list(sheet, dv, first, last, 0, List.copyOf(CLASSES.keySet()), true);
            TemplateWorkbook.list(sheet, dv, first, last, 1, CLASSES.values().stream().flatMap(List::stream).toList(), true);
            TemplateWorkbook.list(sheet, dv, first, last, 3, TemplateWorkbook.OPERATORS, true);
            TemplateWorkbook.list(sheet, dv, first, last, 5, TemplateWorkbook.UNITS, false);
            TemplateWorkbook.decimals(sheet, dv, first, last, 6);
            wb.write(out);
        }
    }
}
