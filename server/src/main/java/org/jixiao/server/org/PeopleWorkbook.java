package org.jixiao.server.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The workbook an administrator fills to bring in organisations and people at once: a sheet 组织机构 (上级, 类型,
 * 名称, 地区, 级次) and a sheet 用户 (用户名, 姓名, 角色, 所属单位, 初始密码), with drop-downs for the kinds, levels and
 * roles by their Chinese names. Reading gives the rows as typed, each with its sheet and row number.
 */
final class PeopleWorkbook {
    static final String ORGANISATIONS = "组织机构";
    static final String PEOPLE = "用户";
    static final List<String> ORGANISATION_COLUMNS = List.of("上级名称（顶级留空）", "类型", "名称", "地区", "级次");
    static final List<String> PEOPLE_COLUMNS = List.of("用户名", "姓名", "角色", "所属单位名称", "初始密码（至少 8 位）");
    /** A department's or a province's people fit many times over; a larger file is no typed list. */
    static final int MAX_ROWS = 5_000;

    record OrganisationRow(int row, String parent, String kind, String name, String region, String level) {
    }

    record PersonRow(int row, String username, String displayName, String role, String organisation, String password) {
    }

    record Rows(List<OrganisationRow> organisations, List<PersonRow> people) {
    }

    private final MessageSource messages;

    PeopleWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet orgs = sheet(wb, ORGANISATIONS, ORGANISATION_COLUMNS);
            dropDown(orgs, 1, names(OrgKind.values(), k -> "orgKind." + k.name()));
            dropDown(orgs, 4, names(OrgLevel.values(), l -> "orgLevel." + l.name()));
            Sheet people = sheet(wb, PEOPLE, PEOPLE_COLUMNS);
            dropDown(people, 2, names(Role.values(), r -> "role." + r.name()));
            wb.write(out);
        }
    }

    /** The rows of both sheets, blank rows skipped; a file that is no such workbook is refused by POI's exception. */
    Rows read(InputStream in) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<OrganisationRow> orgs = new ArrayList<>();
            for (String[] c : cells(wb.getSheet(ORGANISATIONS), 5)) {
                orgs.add(new OrganisationRow(Integer.parseInt(c[5]), c[0], c[1], c[2], c[3], c[4]));
            }
            List<PersonRow> people = new ArrayList<>();
            for (String[] c : cells(wb.getSheet(PEOPLE), 5)) {
                people.add(new PersonRow(Integer.parseInt(c[5]), c[0], c[1], c[2], c[3], c[4]));
            }
            return new Rows(orgs, people);
        }
    }

    /** Each non-blank row below the header as its first {@code width} cells' text, and its 1-based row number last. */
    private static List<String[]> cells(Sheet sheet, int width) {
        List<String[]> rows = new ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        DataFormatter text = new DataFormatter();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new IllegalArgumentException("工作表“" + sheet.getSheetName() + "”超过 " + MAX_ROWS + " 行 / sheet \""
                        + sheet.getSheetName() + "\" has more than " + MAX_ROWS + " rows");
            }
            String[] c = new String[width + 1];
            boolean blank = true;
            for (int k = 0; k < width; k++) {
                Cell cell = r.getCell(k);
                c[k] = cell == null ? "" : text.formatCellValue(cell).strip();
                blank &= c[k].isEmpty();
            }
            c[width] = Integer.toString(r.getRowNum() + 1);
            if (!blank) {
                rows.add(c);
            }
        }
        return rows;
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> columns) {
        Sheet s = wb.createSheet(name);
        Row header = s.createRow(0);
        for (int k = 0; k < columns.size(); k++) {
            header.createCell(k).setCellValue(columns.get(k));
            s.setColumnWidth(k, 24 * 256);
        }
        return s;
    }

    private static void dropDown(Sheet s, int column, String[] choices) {
        DataValidationHelper help = s.getDataValidationHelper();
        s.addValidationData(help.createValidation(help.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, MAX_ROWS, column, column)));
    }

    private <E> String[] names(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> messages.getMessage(key.apply(v), null, Locale.CHINESE)).toArray(String[]::new);
    }
}
