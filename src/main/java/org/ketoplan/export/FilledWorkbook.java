package org.ketoplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Numbers;

/**
 * Reads the "Eaten (g)" column of a plan workbook a parent filled in.
 *
 * <p>The contract with the plan workbook: on each plan sheet one header row (found among the first
 * {@value #HEADER_SCAN_ROWS} rows) holds the titles {@code Date}, {@code Meal}, {@code Food id}, {@code Food},
 * {@code Planned (g)} and {@code Eaten (g)}, in any order and with other columns between; below it, one row per food
 * per meal with Date (a date cell) and Meal filled on every food row. Rows with an empty {@code Food id} (totals)
 * are skipped; so are sheets without such a header (Composition, Prescription, Shopping list, Nutrients). An empty
 * "Eaten (g)" means not logged; a number (0 = not eaten) is returned.
 */
public final class FilledWorkbook {
    /** How many rows from the top of a sheet are searched for the header row. */
    public static final int HEADER_SCAN_ROWS = 30;
    private static final String[] TITLES = {"Date", "Meal", "Food id", "Planned (g)", "Eaten (g)"};

    private FilledWorkbook() {
    }

    /**
     * One filled-in food row, or the problem that makes it unusable.
     *
     * @param place "plan.xlsx:Week 1!F14"
     * @param date the row's date
     * @param meal the meal's slot
     * @param foodId the food's id
     * @param plannedG the planned grams, or null when blank
     * @param eatenG the grams eaten (0 = not eaten)
     * @param problem what is wrong, or null
     */
    public record EatenRow(String place, LocalDate date, String meal, String foodId, Double plannedG, double eatenG,
                           String problem) {
    }

    /**
     * The rows of every plan sheet whose "Eaten (g)" cell is filled in.
     *
     * @throws BadInputException when the file is not a workbook, or no sheet has the plan's header row
     */
    public static List<EatenRow> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        List<EatenRow> rows = new ArrayList<>();
        int planSheets = 0;
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : wb) {
                Map<String, Integer> cols = null;
                int headerRow = -1;
                for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(),
                        HEADER_SCAN_ROWS - 1); r++) {
                    cols = header(sheet.getRow(r), formatter);
                    if (cols != null) {
                        headerRow = r;
                        break;
                    }
                }
                if (cols == null) {
                    continue;
                }
                planSheets++;
                for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                    EatenRow row = row(file, sheet, sheet.getRow(r), cols, formatter);
                    if (row != null) {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException | NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new BadInputException(file + ": not a readable .xlsx workbook (" + e.getMessage() + ")", e);
        }
        if (planSheets == 0) {
            throw new BadInputException(file + ": no sheet has the plan's header row (Date, Meal, Food id, "
                    + "Planned (g), Eaten (g)); is this a workbook made by 'ketoplan export'?");
        }
        return rows;
    }

    private static Map<String, Integer> header(Row row, DataFormatter f) {
        if (row == null) {
            return null;
        }
        Map<String, Integer> cols = new HashMap<>();
        for (Cell c : row) {
            String t = f.formatCellValue(c).trim();
            for (String title : TITLES) {
                if (t.equalsIgnoreCase(title)) {
                    cols.putIfAbsent(title, c.getColumnIndex());
                }
            }
        }
        return cols.size() == TITLES.length ? cols : null;
    }

    private static EatenRow row(Path file, Sheet sheet, Row row, Map<String, Integer> cols, DataFormatter f) {
        if (row == null) {
            return null;
        }
        String foodId = text(row, cols.get("Food id"), f);
        Cell eaten = row.getCell(cols.get("Eaten (g)"));
        String eatenText = eaten == null ? "" : f.formatCellValue(eaten).trim();
        if (foodId.isEmpty() || eatenText.isEmpty()) {
            return null;
        }
        String place = file.getFileName() + ":" + sheet.getSheetName() + "!"
                + new CellReference(row.getRowNum(), cols.get("Eaten (g)")).formatAsString();
        String meal = text(row, cols.get("Meal"), f);
        try {
            LocalDate date = date(row.getCell(cols.get("Date")), f);
            if (meal.isEmpty()) {
                throw new IllegalArgumentException("Meal: empty");
            }
            double g = number(eaten, "Eaten (g)");
            Cell plannedCell = row.getCell(cols.get("Planned (g)"));
            Double planned = plannedCell == null || f.formatCellValue(plannedCell).isBlank() ? null
                    : number(plannedCell, "Planned (g)");
            return new EatenRow(place, date, meal, foodId, planned, g, null);
        } catch (IllegalArgumentException e) {
            return new EatenRow(place, null, meal, foodId, null, 0, e.getMessage());
        }
    }

    private static String text(Row row, int col, DataFormatter f) {
        Cell c = row.getCell(col);
        return c == null ? "" : f.formatCellValue(c).trim();
    }

    private static LocalDate date(Cell c, DataFormatter f) {
        if (c == null) {
            throw new IllegalArgumentException("Date: empty");
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = f.formatCellValue(c).trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Date: '" + t + "' is not a date");
        }
    }

    private static double number(Cell c, String what) {
        double v;
        if (c.getCellType() == CellType.NUMERIC
                || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC)) {
            v = c.getNumericCellValue();
        } else {
            v = Numbers.parse(new DataFormatter(Locale.ROOT).formatCellValue(c), what);
        }
        if (v < 0) {
            throw new IllegalArgumentException(what + ": " + v + " is negative");
        }
        return v;
    }
}
