package org.ketoplan.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page-at-a-time drawing surface for day sheets: embedded DejaVu fonts, a cursor moving down the page, text
 * that wraps by measured width, and a fresh page when the next block would cross the bottom margin.
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
    /** Per character below U+10000, for the regular (even) and bold (odd) font: 0 unknown, 1 shown, 2 not. */
    private final byte[] glyphs = new byte[2 * 0x10000];
    private final Map<Integer, Boolean> otherGlyphs = new HashMap<>();
    private final Map<String, Float> regularWidths = new HashMap<>();
    private final Map<String, Float> boldWidths = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfCanvas(PDDocument doc, Paper paper) {
        this.doc = doc;
        this.size = paper.pdfSize();
        this.regular = font(doc, "/fonts/DejaVuSans.ttf");
        this.bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
    }

    private static PDFont font(PDDocument doc, String resource) {
        try (InputStream in = PdfCanvas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the jar; rebuild");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // glyph substitution (ligatures, contextual forms) does nothing for the Latin text of day sheets, but
            // PDFBox runs it for every line drawn: half of all the memory a year of sheets allocated
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the font " + resource, e);
        }
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

    /** Removes {@code taken} (pages returned by {@link #takePages()}) from the document, to draw them again. */
    void discard(List<PDPage> taken) throws IOException {
        closeStream();
        for (PDPage p : taken) {
            doc.removePage(p);
        }
    }

    /** Starts a new page; the cursor goes to the top margin. */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(size);
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

    /** Draws one line of text with its baseline {@code size} below the cursor's top, at {@code x}. */
    void text(float x, float baseline, PDFont font, float fontSize, String s, Color color) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(font, s));
        cs.endText();
    }

    /** The width of {@code s} in points. */
    float width(PDFont font, float fontSize, String s) throws IOException {
        return unitWidth(font, s) / 1000f * fontSize;
    }

    /**
     * The width of {@code s} at size 1000, measured once per font and text: a year of day sheets measures the same
     * food names, headings and candidate lines thousands of times, and measuring allocates.
     */
    private float unitWidth(PDFont font, String s) throws IOException {
        Map<String, Float> known = font == bold ? boldWidths : regularWidths;
        Float w = known.get(s);
        if (w == null) {
            w = font.getStringWidth(printable(font, s));
            known.put(s, w);
        }
        return w;
    }

    /** {@code s} broken into lines no wider than {@code max} points (at spaces; a long word is cut). */
    List<String> wrap(PDFont font, float fontSize, String s, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, s).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, fontSize, candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(font, fontSize, word) > max) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, fontSize, word.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void rect(float x, float yBottom, float w, float h, Color stroke, Color fill) throws IOException {
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
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.setLineWidth(1);
    }

    /** Writes {@code text} at the bottom of {@code page} (after the page's own content). */
    void footer(PDPage page, String leftText, String rightText) throws IOException {
        closeStream();
        try (PDPageContentStream f = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            float base = MARGIN + 4;
            f.beginText();
            f.setNonStrokingColor(Color.DARK_GRAY);
            f.setFont(regular, 9);
            f.newLineAtOffset(left(), base);
            f.showText(printable(regular, leftText));
            f.endText();
            float w = regular.getStringWidth(printable(regular, rightText)) / 1000f * 9;
            f.beginText();
            f.setFont(regular, 9);
            f.newLineAtOffset(right() - w, base);
            f.showText(printable(regular, rightText));
            f.endText();
        }
    }

    /** {@code s} without control characters, with a "?" for any character the font cannot show. */
    String printable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        if (plain(font, s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (hasGlyph(font, cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Whether every character of {@code s} is shown as it is (the usual case, checked without copying). */
    private boolean plain(PDFont font, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                continue;
            }
            if (Character.isSurrogate(ch) || Character.isISOControl(ch) || Character.isWhitespace(ch)
                    || !hasGlyph(font, ch)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasGlyph(PDFont font, int cp) {
        int odd = font == bold ? 1 : 0;
        if (cp < 0x10000) {
            int i = cp * 2 + odd;
            if (glyphs[i] == 0) {
                glyphs[i] = encodes(font, cp) ? (byte) 1 : (byte) 2;
            }
            return glyphs[i] == 1;
        }
        return otherGlyphs.computeIfAbsent(cp * 2 + odd, k -> encodes(font, cp));
    }

    private static boolean encodes(PDFont font, int cp) {
        try {
            // an embedded TrueType font throws for a character its cmap lacks
            return font.encode(new String(Character.toChars(cp))).length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
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
