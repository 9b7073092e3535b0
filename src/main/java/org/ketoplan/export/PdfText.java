package org.ketoplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in ketoplan's PDFs: the embedded DejaVu Sans fonts (Latin, Greek, Cyrillic, Hebrew, Arabic, ... so that a
 * child's name prints as written), control characters shown as spaces, a "?" for a character the font has no
 * glyph for (CJK, emoji), and lines wrapped by measured width in time linear in the text's length (a 3,000-character
 * name without a space costs what 3,000 characters cost, not 3,000 measurements of ever longer strings).
 */
final class PdfText {
    /** Shown for a character the font cannot draw. */
    static final char MISSING = '?';

    final PDFont regular;
    final PDFont bold;
    /** Advance widths of the characters below U+10000, regular then bold: NaN not measured yet, -1 no glyph. */
    private final float[] bmp = new float[2 * 0x10000];
    private final Map<Integer, Float> beyond = new HashMap<>();

    /** Loads the fonts into {@code doc} (embedding only the glyphs used). */
    PdfText(PDDocument doc) {
        this.regular = font(doc, "/fonts/DejaVuSans.ttf");
        this.bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
        Arrays.fill(bmp, Float.NaN);
    }

    private static PDFont font(PDDocument doc, String resource) {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the jar; rebuild");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // glyph substitution (ligatures, contextual forms) does nothing for the text ketoplan prints, but
            // PDFBox runs it for every line drawn: half of all the memory a year of day sheets allocated
            ttf.setEnableGsub(false);
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the font " + resource, e);
        }
    }

    /** {@code s} as the font can draw it: control characters and other spaces as a space, a missing glyph as "?". */
    String printable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        if (plain(font, s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(' ');
            } else if (advance(font, cp) >= 0) {
                b.appendCodePoint(cp);
            } else {
                b.append(MISSING);
            }
        }
        return b.toString();
    }

    /** Whether every character of {@code s} is drawn as it is (the usual case, checked without copying). */
    private boolean plain(PDFont font, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != ' ' && (Character.isSurrogate(ch) || Character.isISOControl(ch) || Character.isWhitespace(ch)
                    || Character.getType(ch) == Character.FORMAT || advance(font, ch) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** The width of {@code s} in points (control characters and missing glyphs as {@link #printable} draws them). */
    float width(PDFont font, float size, String s) {
        String p = printable(font, s);
        float units = 0;
        for (int i = 0; i < p.length(); ) {
            int cp = p.codePointAt(i);
            i += Character.charCount(cp);
            units += advance(font, cp);
        }
        return units / 1000f * size;
    }

    /**
     * {@code s} broken into lines no wider than {@code max} points: at spaces, and a word wider than a line cut
     * between characters. Each character is measured once.
     */
    List<String> wrap(PDFont font, float size, String s, float max) {
        String p = printable(font, s);
        float limit = max / size * 1000f; // in glyph units
        float space = advance(font, ' ');
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : p.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                wordWidth += advance(font, cp);
            }
            if (line.length() > 0 && lineWidth + space + wordWidth <= limit) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= limit) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            // a word wider than the line: cut it where the next character would cross the edge
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                float w = advance(font, cp);
                if (line.length() > 0 && lineWidth + w > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(cp);
                lineWidth += w;
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The advance width of {@code cp} in glyph units (1/1000 of the size), or -1 when the font has no glyph. */
    private float advance(PDFont font, int cp) {
        int odd = font == bold ? 1 : 0;
        if (cp < 0x10000) {
            int i = cp * 2 + odd;
            float w = bmp[i];
            if (Float.isNaN(w)) {
                w = measure(font, cp);
                bmp[i] = w;
            }
            return w;
        }
        return beyond.computeIfAbsent(cp * 2 + odd, k -> measure(font, cp));
    }

    private static float measure(PDFont font, int cp) {
        try {
            String one = new String(Character.toChars(cp));
            // an embedded TrueType font throws for a character its cmap lacks
            if (font.encode(one).length == 0) {
                return -1f;
            }
            return font.getStringWidth(one);
        } catch (IOException | IllegalArgumentException e) {
            return -1f;
        }
    }
}
