package org.jixiao.office.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.office.table.DeclarationForm;

/** Declarations as a workbook of 绩效目标申报表, one sheet each, drawn by {@link DeclarationForm} as the PDF draws them. */
public final class DeclarationWorkbook {

    public void write(List<Declaration> declarations, OutputStream out) throws IOException {
        Workbook wb = FastSheetCells.workbook(out);
        Set<String> names = new HashSet<>();
        for (Declaration d : declarations) {
            String name = WorkbookExporter.sheetName(names.size() + 1, d.header().project(), names);
            FastSheetCells.table(wb, name, DeclarationForm.of(d));
        }
        wb.finish();
    }
}
