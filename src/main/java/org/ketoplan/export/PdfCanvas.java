package org.ketoplan.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A page-at-a-time drawing surface for ketoplan's PDFs: embedded DejaVu fonts, a cursor moving down the page, text
 * that wraps by measured width, a fresh page when the next block would cross the bottom margin, and the PDF's
 * logical structure ({@link PdfTags}): every text drawn is content of the element last {@link #open opened}, every
 * line and box is marked as decoration (an artifact), so nothing on a page is left untagged.
 */
final class PdfCanvas implements AutoCloseable {
    /** Margins in points (15 mm). */
    static final float MARGIN = 42.5f;
    /** Room kept at the bottom for the footer line. */
    static final float FOOTER = 20;

    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    private final PDRectangle size;
    private final PdfText text;
    private final List<PDPage> pages = new ArrayList<>();
    private final PdfTags tags;
    private final java.util.Deque<PDStructureElement> open = new java.util.ArrayDeque<>();
    private PDPageContentStream cs;
    private PDPage page;
    private float y;

    /** A canvas on {@code paper} for {@code doc}, which becomes a tagged PDF titled {@code title}. */
    PdfCanvas(PDDocument doc, Paper paper, String title) throws IOException {
        this.doc = doc;
        this.size = paper.pdfSize();
        this.text = new PdfText(doc);
        this.regular = text.regular;
        this.bold = text.bold;
        this.tags = new PdfTags(doc, title);
        open.push(tags.document());
    }

    /** Opens a structure element of {@code type} ("H1", "P", "Table", ...) inside the one open now. */
    PDStructureElement open(String type) {
        PDStructureElement e = tags.add(open.peek(), type);
        open.push(e);
        return e;
    }

    /** Closes the element opened last. */
    void end() {
        if (open.size() > 1) {
            open.pop();
        }
    }

    /** Opens {@code type}, draws {@code body} into it, and closes it. */
    void tagged(String type, Body body) throws IOException {
        open(type);
        try {
            body.draw();
        } finally {
            end();
        }
    }

    /** Drawing that may fail with an I/O error. */
    interface Body {
        void draw() throws IOException;
    }

    /**
     * Draws {@code body} straight onto the page's content stream ({@link #stream()}) as one figure described by
     * {@code alt} (what a screen reader says instead of the picture).
     */
    void figure(String alt, Body body) throws IOException {
        PDStructureElement f = open("Figure");
        f.setAlternateDescription(alt);
        try {
            cs.beginMarkedContent(COSName.getPDFName("Figure"), tags.mark(page, f));
            body.draw();
            cs.endMarkedContent();
        } finally {
            end();
        }
    }

    /** The current page's content stream, for drawing inside {@link #figure}. */
    PDPageContentStream stream() {
        return cs;
    }

    /** Writes the structure's parent tree; call once, after the last page. */
    void finish() throws IOException {
        closeStream();
        tags.finish();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** The pages started since the last call of {@link #takePages()}. */
    List<PDPage> takePages() {
        List<PDPage> p = List.copyOf(pages);
        pages.clear();
        return p;
    }

    /** Starts a new page; the cursor goes to the top margin. */
    void newPage() throws IOException {
        closeStream();
        page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /** Whether {@code height} points still fit above the bottom margin (leaving room for the footer). */
    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    /** The height between the top margin and the footer. */
    float usableHeight() {
        return size.getHeight() - 2 * MARGIN - FOOTER;
    }

    void down(float dy) {
        y -= dy;
    }

    /** Puts the cursor at {@code newY} (back to the top of a column). */
    void moveTo(float newY) {
        y = newY;
    }

    /** The lowest the cursor may go on a page: the bottom margin and the footer's room. */
    float bottom() {
        return MARGIN + FOOTER;
    }

    /** Draws one line of text with its baseline {@code size} below the cursor's top, at {@code x}. */
    void text(float x, float baseline, PDFont font, float fontSize, String s, Color color) throws IOException {
        PDStructureElement e = open.peek();
        cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), tags.mark(page, e));
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(font, s));
        cs.endText();
        cs.endMarkedContent();
    }

    /** The width of {@code s} in points. */
    float width(PDFont font, float fontSize, String s) {
        return text.width(font, fontSize, s);
    }

    /** {@code s} broken into lines no wider than {@code max} points (at spaces; a long word is cut), in linear time. */
    List<String> wrap(PDFont font, float fontSize, String s, float max) {
        return text.wrap(font, fontSize, s, max);
    }

    void rect(float x, float yBottom, float w, float h, Color stroke, Color fill) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT);
        cs.addRect(x, yBottom, w, h);
        if (fill != null) {
            cs.setNonStrokingColor(fill);
            if (stroke != null) {
                cs.setStrokingColor(stroke);
                cs.fillAndStroke();
            } else {
                cs.fill();
            }
        } else {
            cs.setStrokingColor(stroke);
            cs.stroke();
        }
        cs.endMarkedContent();
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT);
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.setLineWidth(1);
        cs.endMarkedContent();
    }

    /** Writes {@code text} at the bottom of {@code page} (after the page's own content). */
    void footer(PDPage page, String leftText, String rightText) throws IOException {
        closeStream();
        try (PDPageContentStream f = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            float base = MARGIN + 4;
            // page furniture: an artifact of pagination, not part of the text a reader reads
            f.beginMarkedContent(COSName.ARTIFACT);
            f.beginText();
            f.setNonStrokingColor(Color.DARK_GRAY);
            f.setFont(regular, 9);
            f.newLineAtOffset(left(), base);
            f.showText(printable(regular, leftText));
            f.endText();
            float w = width(regular, 9, rightText);
            f.beginText();
            f.setFont(regular, 9);
            f.newLineAtOffset(right() - w, base);
            f.showText(printable(regular, rightText));
            f.endText();
            f.endMarkedContent();
        }
    }

    /** {@code s} without control characters, with a "?" for any character the font cannot show. */
    String printable(PDFont font, String s) {
        return text.printable(font, s);
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
