package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What a tagged, accessible ketoplan PDF must hold, checked with PDFBox: the language, the title shown instead of
 * the file name, the PDF/UA identification in the metadata, a structure tree of standard types whose leaves point at
 * marked content, every text on every page inside marked content (tagged or an artifact), and every font embedded.
 */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** Asserts all of it; returns the structure types found (for more specific checks). */
    public static Set<String> assertTaggedAndEmbedded(PDDocument doc) throws IOException {
        assertEquals("en", doc.getDocumentCatalog().getLanguage(), "the document's language");
        assertNotNull(doc.getDocumentCatalog().getMarkInfo(), "MarkInfo");
        assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
        assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
        assertNotNull(doc.getDocumentInformation().getTitle(), "a title");
        String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xmp.contains("pdfuaid") && xmp.contains("part") && xmp.contains(">1<") || xmp.contains("part=\"1\""),
                xmp);
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        assertNotNull(root, "a structure tree");
        assertNotNull(root.getParentTree(), "a parent tree");
        Set<String> types = new HashSet<>();
        int[] leaves = new int[1];
        walk(root, types, leaves);
        assertTrue(types.contains("Document"), types.toString());
        assertTrue(leaves[0] > 0, "marked content referenced from the structure");
        for (PDPage page : doc.getPages()) {
            assertTrue(page.getStructParents() >= 0, "every page is in the parent tree");
            assertAllTextMarked(page);
            assertFontsEmbedded(page.getResources());
        }
        return types;
    }

    private static void walk(PDStructureNode node, Set<String> types, int[] leaves) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                walk(e, types, leaves);
            } else {
                leaves[0]++;
            }
        }
    }

    /** Every text-showing operator of the page lies inside a marked-content sequence (BDC/BMC ... EMC). */
    private static void assertAllTextMarked(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<String> open = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "BDC", "BMC" -> open.push(operands.isEmpty() ? "?" : operands.get(0).toString());
                    case "EMC" -> open.pop();
                    case "Tj", "TJ", "'", "\"" -> assertTrue(!open.isEmpty(), "text outside marked content");
                    default -> { }
                }
                operands.clear();
            } else if (token instanceof COSBase b) {
                operands.add(b);
            }
        }
        assertTrue(open.isEmpty(), "marked content left open");
    }

    private static void assertFontsEmbedded(PDResources resources) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            assertTrue(font instanceof PDType0Font, font.getName() + ": " + font.getClass().getSimpleName());
            COSDictionary d = font.getCOSObject();
            assertNotNull(d.getDictionaryObject(COSName.TO_UNICODE), font.getName() + " has no ToUnicode map");
        }
    }
}
