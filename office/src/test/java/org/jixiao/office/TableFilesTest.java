package org.jixiao.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {
    @TempDir
    Path dir;

    private final TableFiles files = new TableFiles();

    @Test
    void a_workbook_named_txt_is_read_as_a_workbook_and_text_named_pdf_as_text() throws IOException {
        Path workbook = exported("table.txt");
        assertThat(TableFiles.kind(workbook)).isEqualTo(TableFiles.Kind.XLSX);
        assertThat(files.read(workbook).tables()).hasSize(1);
        Path text = dir.resolve("table.pdf");
        Files.copy(SeedTables.files().get(0), text);
        assertThat(TableFiles.kind(text)).isEqualTo(TableFiles.Kind.TEXT);
        assertThat(files.read(text).isClean()).isTrue();
    }

    @Test
    void a_binary_that_is_no_workbook_is_refused_naming_the_file() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertRefused(files.read(file), file, "不是文本文件");
    }

    @Test
    void a_zip_that_holds_no_workbook_is_refused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(files.read(file), file, "不是可读取的 Excel 工作簿");
    }

    @Test
    void an_encrypted_workbook_is_refused_with_a_request_to_remove_the_password() throws Exception {
        Path plain = exported("plain.xlsx");
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("jixiao");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(files.read(file), file, "工作簿已加密");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_inflates() throws IOException {
        Path plain = exported("plain.xlsx");
        Path file = dir.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int k = 0; k < 40; k++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(e).transferTo(out);
                }
            }
        }
        assertThat(Files.size(file)).isLessThan(1_000_000);
        assertRefused(files.read(file), file, "压缩炸弹");
    }

    @Test
    void a_sheet_of_a_million_rows_is_refused_at_its_row_cap_naming_sheet_and_row() throws IOException {
        Path file = dir.resolve("million.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("数据");
            for (int r = 0; r < 1_000_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            wb.write(out);
            wb.dispose();
        }
        ReadResult read = files.read(file);
        assertRefused(read, file, "工作表“数据”第 5001 行：超过 5000 行");
        assertThat(read.problems().get(0).en()).contains("sheet \"数据\" row 5001");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_unopened() throws IOException {
        Path file = dir.resolve("upload.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(500L * 1024 * 1024);
        }
        assertRefused(files.read(file), file, "文件过大（500 MB");
    }

    @Test
    void a_pdf_with_no_text_is_refused_as_a_probable_scan() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        assertRefused(files.read(file), file, "PDF 中没有可提取的文字");
    }

    private static void assertRefused(ReadResult read, Path file, String zh) {
        assertThat(read.tables()).as("nothing half-read is returned").isEmpty();
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).source()).isEqualTo(file.toString());
        assertThat(read.problems().get(0).zh()).contains(zh);
        assertThat(read.problems().get(0).en()).isNotBlank();
    }

    private Path exported(String name) throws IOException {
        Path file = dir.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new WorkbookExporter().write(List.of(SeedTables.all().get(0)), bytes);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
