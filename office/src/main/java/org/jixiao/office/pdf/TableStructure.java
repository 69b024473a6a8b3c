package org.jixiao.office.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.jixiao.office.pdf.PageFlow.Box;
import org.jixiao.office.pdf.TableLayout.Placed;

/**
 * The tags of the tables (tagged PDF, as PDF/UA asks): Document → Table → TR → TH (a label) or TD per cell, spans as
 * the cell's Table attributes, a column no cell covers as an empty TD so that every row keeps its columns; each cell
 * refers to the marked content its lines were drawn in, on the pages they were drawn on; the parent tree maps them
 * back. This is what {@link TaggedTables} reads back, cell by cell, however the page wrapped or broke the text.
 */
final class TableStructure {
    private final PDStructureElement document;
    private final Map<Placed, PDStructureElement> elements = new IdentityHashMap<>();
    private final Map<Integer, PDParentTreeValue> parents = new java.util.HashMap<>();

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();

    TableStructure(String language) {
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    void table(TableLayout t) {
        PDStructureElement table = new PDStructureElement("Table", document);
        document.appendKid(table);
        for (List<Placed> row : t.rows) {
            PDStructureElement tr = new PDStructureElement("TR", table);
            table.appendKid(tr);
            boolean allLabels = row.stream().allMatch(p -> p.cell() == null || p.isHeader());
            for (Placed p : row) {
                PDStructureElement cell = new PDStructureElement(p.isHeader() ? "TH" : "TD", tr);
                if (p.colSpan() > 1 || p.rowSpan() > 1 || p.isHeader()) {
                    PDTableAttributeObject a = new PDTableAttributeObject();
                    if (p.colSpan() > 1) {
                        a.setColSpan(p.colSpan());
                    }
                    if (p.rowSpan() > 1) {
                        a.setRowSpan(p.rowSpan());
                    }
                    if (p.isHeader()) {
                        // a row of labels heads the columns below; a label beside figures heads its row
                        a.setScope(allLabels ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                    }
                    // inside the cell's dictionary, not an object of its own: a hundred thousand cells make the
                    // number of objects what saving costs
                    a.getCOSObject().setDirect(true);
                    cell.addAttribute(a);
                }
                tr.appendKid(cell);
                elements.put(p, cell);
            }
        }
    }

    /** The cells marked on a page (MCID = index in {@code marked}), linked both ways. */
    void page(PDPage page, int index, List<Box> marked) {
        COSArray byMcid = new COSArray();
        for (int mcid = 0; mcid < marked.size(); mcid++) {
            PDStructureElement cell = elements.get(marked.get(mcid).cell());
            if (cell.getPage() == null) {
                cell.setPage(page);
            }
            if (cell.getPage().getCOSObject() == page.getCOSObject()) {
                cell.appendKid(mcid);
            } else {
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setPage(page);
                ref.setMCID(mcid);
                ref.getCOSObject().setDirect(true);
                cell.appendKid(ref);
            }
            byMcid.add(cell);
        }
        page.setStructParents(index);
        parents.put(index, new PDParentTreeValue(byMcid));
    }

    void into(PDDocumentCatalog catalog) {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
        catalog.setStructureTreeRoot(root);
    }
}
