package org.ketoplan.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once per workbook (in memory, or streamed) (a workbook holds a limited number of styles). Inputs a
 * person may change (planned and eaten weights) are yellow with blue figures, the usual convention for inputs
 * in spreadsheet models; everything else is computed or reference data. Also says whether formula cells carry
 * their computed values ({@link #cache}).
 */
final class WorkbookStyles {
    final CellStyle title;
    final CellStyle header;
    /** A label beside its value: bold on grey, on one line (a wrapped label in a fixed row overlaps the next). */
    final CellStyle label;
    final CellStyle text;
    final CellStyle textRepeat;
    final CellStyle wrap;
    final CellStyle date;
    final CellStyle dateRepeat;
    final CellStyle input;
    /** Inputs with 0, 1 and 2 decimals: a weight shown to its own decimals (0.5 g parsley is "0.5", not "1"). */
    private final CellStyle[] inputs = new CellStyle[3];
    private final int stepDecimals;
    final CellStyle inputEmpty;
    final CellStyle inputGeneral;
    /** A time of day typed by a parent, shown hh:mm. */
    final CellStyle inputTime;
    final CellStyle grams;
    final CellStyle kcal;
    final CellStyle ratio;
    /** A meal's totals row. */
    final Band total;
    /** A day's totals row. */
    final Band day;
    final CellStyle number1;
    final CellStyle number2;
    final CellStyle percent;
    final CellStyle note;
    /** A note in the column after a number, indented so the two do not run together. */
    final CellStyle noteAfterNumber;
    /** Whether formula cells get their computed values stored too. */
    final boolean cache;

    WorkbookStyles(Workbook wb, double step, boolean cache) {
        this.cache = cache;
        short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
        String gramsPattern = Amounts.decimals(step) == 0 ? "0" : "0." + "0".repeat(Amounts.decimals(step));
        short weightFormat = wb.createDataFormat().getFormat(gramsPattern);
        short twoDecimals = wb.createDataFormat().getFormat("0.00");
        short oneDecimal = wb.createDataFormat().getFormat("0.0");
        short ratioFormat = wb.createDataFormat().getFormat("0.00\":1\"");
        short percentFormat = wb.createDataFormat().getFormat("0%");

        XSSFFont bold = (XSSFFont) wb.createFont();
        bold.setBold(true);
        XSSFFont big = (XSSFFont) wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        XSSFFont grey = (XSSFFont) wb.createFont();
        grey.setColor(new XSSFColor(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80}));
        XSSFFont blue = (XSSFFont) wb.createFont();
        blue.setColor(new XSSFColor(new byte[] {0x00, 0x33, (byte) 0x99}));
        blue.setBold(true);
        XSSFFont italic = (XSSFFont) wb.createFont();
        italic.setItalic(true);

        title = style(wb, big, null);
        header = style(wb, bold, rgb(0xD9, 0xD9, 0xD9));
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        label = style(wb, bold, rgb(0xD9, 0xD9, 0xD9));
        text = style(wb, null, null);
        textRepeat = style(wb, grey, null);
        wrap = style(wb, null, null);
        wrap.setWrapText(true);
        date = style(wb, null, null);
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.LEFT);
        dateRepeat = style(wb, grey, null);
        dateRepeat.setDataFormat(dateFormat);
        dateRepeat.setAlignment(HorizontalAlignment.LEFT);
        XSSFColor inputFill = rgb(0xFF, 0xF2, 0xCC);
        input = style(wb, blue, inputFill);
        input.setDataFormat(weightFormat);
        boxed(input);
        stepDecimals = Math.min(2, Amounts.decimals(step));
        for (int d = 0; d < inputs.length; d++) {
            inputs[d] = d == stepDecimals ? input : style(wb, blue, inputFill);
            inputs[d].setDataFormat(wb.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            boxed(inputs[d]);
        }
        // what a parent types is shown as typed (General): 12.5 g eaten must not read "13"
        inputEmpty = style(wb, blue, inputFill);
        boxed(inputEmpty);
        inputGeneral = style(wb, blue, inputFill);
        boxed(inputGeneral);
        inputTime = style(wb, blue, inputFill);
        inputTime.setDataFormat(wb.createDataFormat().getFormat("hh:mm"));
        boxed(inputTime);
        grams = style(wb, null, null);
        grams.setDataFormat(twoDecimals);
        kcal = style(wb, null, null);
        kcal.setDataFormat(oneDecimal);
        ratio = style(wb, null, null);
        ratio.setDataFormat(ratioFormat);

        total = band(wb, bold, rgb(0xDD, 0xEB, 0xF7), dateFormat, twoDecimals, oneDecimal, ratioFormat);
        day = band(wb, bold, rgb(0xBD, 0xD7, 0xEE), dateFormat, twoDecimals, oneDecimal, ratioFormat);
        for (CellStyle s : day.all()) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.DOUBLE);
        }

        number1 = style(wb, null, null);
        number1.setDataFormat(oneDecimal);
        number2 = style(wb, null, null);
        number2.setDataFormat(twoDecimals);
        percent = style(wb, null, null);
        percent.setDataFormat(percentFormat);
        note = style(wb, italic, null);
        XSSFCellStyle indented = style(wb, italic, null);
        indented.setAlignment(HorizontalAlignment.LEFT);
        indented.setIndention((short) 1);
        noteAfterNumber = indented;
    }

    /** The input style showing {@code amount} at the plan's step, or to its own decimals (at most 2) when finer. */
    CellStyle input(double amount) {
        return inputs[Math.max(stepDecimals, Math.min(2, Amounts.decimals(amount)))];
    }

    /** {@code value} when values are cached, else null. */
    Object cached(Object value) {
        return cache ? value : null;
    }

    /**
     * The styles of a totals row, all in bold on one fill.
     *
     * @param text labels
     * @param date the day
     * @param grams fat, protein, carbohydrate (two decimals)
     * @param kcal energy (one decimal)
     * @param ratio the ratio as "4.00:1"
     * @param check the meal's check ("in band"), indented so it does not run into the target ratio beside it
     */
    record Band(CellStyle text, CellStyle date, CellStyle grams, CellStyle kcal, CellStyle ratio, CellStyle check) {
        CellStyle[] all() {
            return new CellStyle[] {text, date, grams, kcal, ratio, check};
        }
    }

    private static Band band(Workbook wb, Font font, XSSFColor fill, short dateFormat, short gramsFormat,
                             short kcalFormat, short ratioFormat) {
        XSSFCellStyle date = style(wb, font, fill);
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.LEFT);
        XSSFCellStyle grams = style(wb, font, fill);
        grams.setDataFormat(gramsFormat);
        XSSFCellStyle kcal = style(wb, font, fill);
        kcal.setDataFormat(kcalFormat);
        XSSFCellStyle ratio = style(wb, font, fill);
        ratio.setDataFormat(ratioFormat);
        XSSFCellStyle check = style(wb, font, fill);
        check.setAlignment(HorizontalAlignment.LEFT); // an indent counts only on a left-aligned cell
        check.setIndention((short) 1);
        return new Band(style(wb, font, fill), date, grams, kcal, ratio, check);
    }

    private static XSSFCellStyle style(Workbook wb, Font font, XSSFColor fill) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        if (fill != null) {
            s.setFillForegroundColor(fill);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static void boxed(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        short c = IndexedColors.GREY_50_PERCENT.getIndex();
        s.setTopBorderColor(c);
        s.setBottomBorderColor(c);
        s.setLeftBorderColor(c);
        s.setRightBorderColor(c);
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b});
    }
}
