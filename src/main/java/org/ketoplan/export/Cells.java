package org.ketoplan.export;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.ketoplan.common.Text;

/** Small helpers to fill workbook cells. */
final class Cells {
    private Cells() {
    }

    static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(clean(value));
        }
        c.setCellStyle(style);
        return c;
    }

    static Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    static Cell date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /**
     * A formula cell; {@code cached} (a Double, a String, or null for none) is stored as its value for readers
     * that do not calculate (a spreadsheet recalculates on opening anyway). A NaN is stored as #N/A.
     */
    static Cell formula(Row row, int col, String formula, CellStyle style, Object cached) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellStyle(style);
        if (cached instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
            } else {
                c.setCellValue(d);
            }
        } else if (cached instanceof String s) {
            c.setCellValue(clean(s));
        } else if (c instanceof SXSSFCell) {
            // a streamed formula cell stores 0 as its value unless told otherwise; an empty text result is stored
            // as no value at all, as the in-memory workbook does, so a spreadsheet program computes it
            c.setCellValue("");
        }
        return c;
    }

    /**
     * Text for a cell: control characters (which XML cannot hold, and which POI would write as _x001B_ codes a
     * spreadsheet turns back into controls) become spaces; line breaks and tabs stay. A string cell is never run as a
     * formula, so no escape is needed for "=".
     */
    static String clean(String text) {
        return Text.withoutControls(text, "\n\t");
    }

    static Cell blank(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /** "B7" for column 1 (0-based) on the 0-based row 6. */
    static String ref(int col, int row) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** "$B$7". */
    static String absolute(int col, int row) {
        return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
    }

    /** A sheet name quoted for a formula: 'Week 1'. */
    static String sheet(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    /** The column letter of a 0-based column. */
    static String col(int col) {
        return CellReference.convertNumToColString(col);
    }
}
