package org.ketoplan.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Reads plan sheets back the way the diary's importer will: by header titles, row by row (cached values). */
final class WorkbookRows {
    /** A row of a plan sheet as read back. */
    record Line(String sheet, int row, LocalDate date, String meal, String foodId, String food, Double planned,
                Double fat, Double protein, Double carb, Double kcal, Double ratio, String check) {
    }

    private WorkbookRows() {
    }

    static List<Line> read(Workbook wb) {
        List<Line> lines = new ArrayList<>();
        for (Sheet sh : wb) {
            Map<String, Integer> cols = header(sh);
            if (cols == null) {
                continue;
            }
            int headerRow = cols.remove("#row");
            for (int r = headerRow + 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                if (row == null || row.getCell(cols.get("Date")) == null
                        || row.getCell(cols.get("Date")).getCellType() == CellType.BLANK) {
                    continue;
                }
                Cell d = row.getCell(cols.get("Date"));
                lines.add(new Line(sh.getSheetName(), r, d.getLocalDateTimeCellValue().toLocalDate(),
                        text(row, cols.get("Meal")), text(row, cols.get("Food id")), text(row, cols.get("Food")),
                        number(row, cols.get("Planned (g)")), number(row, cols.get("Fat (g)")),
                        number(row, cols.get("Protein (g)")), number(row, cols.get("Net carb (g)")),
                        number(row, cols.get("kcal")), number(row, cols.get("Ratio")), text(row, cols.get("Check"))));
            }
        }
        return lines;
    }

    /** The titles of the header row with their columns (and "#row"), or null when the sheet has none. */
    static Map<String, Integer> header(Sheet sh) {
        for (int r = 0; r <= Math.min(5, sh.getLastRowNum()); r++) {
            Row row = sh.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> cols = new HashMap<>();
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    cols.put(c.getStringCellValue(), c.getColumnIndex());
                }
            }
            if (cols.keySet().containsAll(List.of("Date", "Meal", "Food id", "Food", "Planned (g)", "Eaten (g)"))) {
                cols.put("#row", r);
                return cols;
            }
        }
        return null;
    }

    static String text(Row row, Integer col) {
        if (col == null || row.getCell(col) == null) {
            return "";
        }
        Cell c = row.getCell(col);
        if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING) {
            return c.getStringCellValue();
        }
        return new DataFormatter().formatCellValue(c);
    }

    static Double number(Row row, Integer col) {
        if (col == null || row.getCell(col) == null) {
            return null;
        }
        Cell c = row.getCell(col);
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC ? c.getNumericCellValue() : null;
    }
}
