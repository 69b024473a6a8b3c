package org.jixiao.office.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jixiao.office.SeedTables;
import org.junit.jupiter.api.Test;

/** The PDF is tagged for screen readers (PDF/UA): language, title, a table of header and data cells per form. */
class PdfAccessibilityTest {

    @Test
    void a_pdf_names_its_language_and_title_and_tags_each_form_as_a_table_of_header_and_data_cells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(SeedTables.all(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("zh-CN");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("项目支出绩效自评表");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", ">项目支出绩效自评表</rdf:li>");

            List<String> types = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), types);
            assertThat(types).filteredOn("Table"::equals).hasSize(SeedTables.all().size());
            assertThat(types).contains("Document", "TR", "TH", "TD");
            assertThat(catalog.getStructureTreeRoot().getParentTree()).isNotNull();
            doc.getPages().forEach(p -> assertThat(p.getStructParents()).isGreaterThanOrEqualTo(0));
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                collect(e, types);
            }
        }
    }
}
