package org.ketoplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The logical structure of a ketoplan PDF, built as it is drawn, so that a screen reader reads it in order and a
 * checker finds every part of a page either tagged or marked as decoration: the document's language and title
 * (shown instead of the file name), a structure tree (Document, headings, paragraphs, tables with header cells,
 * figures with a description) whose leaves point at marked-content sequences on the pages, and the parent tree
 * from each page back to them. The metadata identifies the file as meant for PDF/UA-1 (ISO 14289-1); ketoplan
 * cannot run a full PDF/UA validator, so that claim rests on the checks its tests make (see the README).
 */
final class PdfTags {
    /** The language of every text ketoplan writes. */
    static final String LANGUAGE = "en";
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    private final PDStructureTreeRoot root;
    private final PDStructureElement document;
    /** Per page, the structure element of each marked-content id (the index). */
    private final Map<PDPage, List<PDStructureElement>> marks = new LinkedHashMap<>();

    /** Makes {@code doc} a tagged PDF titled {@code title}, in English. */
    PdfTags(PDDocument doc, String title) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        doc.getDocumentInformation().setTitle(title);
        catalog.setMetadata(metadata(doc, title));
        root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        document.setLanguage(LANGUAGE);
        root.appendKid(document);
    }

    private static PDMetadata metadata(PDDocument doc, String title) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addLanguage(LANGUAGE);
        xmp.createAndAddXMPBasicSchema().setCreatorTool("ketoplan");
        XMPSchema ua = xmp.createAndAddDefaultSchema("pdfuaid", PDFUA_NS);
        ua.setIntegerPropertyValueAsSimple("part", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the PDF's metadata", e);
        }
        PDMetadata m = new PDMetadata(doc);
        m.importXMPMetadata(out.toByteArray());
        return m;
    }

    /** The element every other one descends from. */
    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} ("H1", "P", "Table", "TR", "TH", "TD", "Figure", "Sect", ...) under parent. */
    PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        if ("TH".equals(type)) {
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            e.addAttribute(scope);
        }
        return e;
    }

    /** The next marked-content id on {@code page}, recorded as content of {@code element}. */
    int mark(PDPage page, PDStructureElement element) {
        List<PDStructureElement> ids = marks.computeIfAbsent(page, p -> new ArrayList<>());
        int mcid = ids.size();
        ids.add(element);
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setPage(page);
        ref.setMCID(mcid);
        element.appendKid(ref);
        return mcid;
    }

    /** Writes the parent tree (page -> the elements of its marked content) and numbers the pages into it. */
    void finish() {
        Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
        int key = 0;
        for (Map.Entry<PDPage, List<PDStructureElement>> e : marks.entrySet()) {
            COSArray elements = new COSArray();
            for (PDStructureElement s : e.getValue()) {
                elements.add(s);
            }
            e.getKey().setStructParents(key);
            e.getKey().getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            final COSArray value = elements;
            numbers.put(key++, () -> value);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
    }
}
