package org.ketoplan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.Progress;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;

/**
 * Writes a plan as the dietitian's workbook (XLSX): plan sheets with live formulas, then "Prescription",
 * "Shopping list", "Nutrient check" and "Composition".
 *
 * <h2>Layout contract (the diary's importer reads filled-in workbooks by it)</h2>
 * <ul>
 *   <li>Plan sheets come first, named "Week 1", "Week 2", ... (7 plan days each, counted from the plan's first
 *   day), or, for plans of 1 to 3 days, one sheet per day named by its ISO date ("2026-12-01"). A plan sheet is
 *   recognised by its header row, not its name.</li>
 *   <li>Row 1 holds a title; row 2 is the single header row. It contains exactly these titles (other columns sit
 *   between them): {@value #DATE}, {@value #MEAL}, {@value #FOOD_ID}, {@value #FOOD}, {@value #PLANNED},
 *   {@value #EATEN}. Today the full order is: Date, Meal, Time, Recipe, Food id, Food, Planned (g), Eaten (g),
 *   Unit, Fat (g), Protein (g), Net carb (g) (or "Carb (g)" for total carbohydrate), kcal, Ratio, Target kcal,
 *   Target ratio, Check.</li>
 *   <li>Each food of each meal is one row with {@value #DATE} (a real date cell, shown yyyy-mm-dd),
 *   {@value #MEAL} (the slot's name, e.g. "breakfast"), {@value #FOOD_ID} and {@value #FOOD} filled on every
 *   food row, {@value #PLANNED} the weight to give (grams, or ml when Unit is "ml"; an input cell) and
 *   {@value #EATEN} empty, an input cell for what the child ate.</li>
 *   <li>Totals rows have an empty {@value #FOOD_ID}: a meal's total ("Total breakfast" in {@value #FOOD}, with
 *   Date and Meal) follows its foods; a day's total ("Day total 2026-12-01", no Meal) follows its meals; an
 *   empty row separates days. Skip every row whose {@value #FOOD_ID} is empty.</li>
 * </ul>
 *
 * <p>Every derived cell is a formula: a food's fat, protein and carbohydrate are grams x the food's value per
 * 100 on "Composition" (looked up by id through the names {@value #NAME_ID}, {@value #NAME_FAT},
 * {@value #NAME_PROTEIN}, {@value #NAME_CARB}) / 100; kcal is 9F + 4P + 4C; totals are sums, the ratio is
 * F / (P + C); conditional formatting marks a meal or day whose ratio or kcal is outside the bands named
 * {@value #NAME_RATIO_TOLERANCE} and {@value #NAME_KCAL_TOLERANCE} (on "Prescription"). Each formula's value is
 * stored with it too, and spreadsheet programs recalculate on opening.
 */
public final class PlanWorkbook {
    /** Header title of the date column. */
    public static final String DATE = "Date";
    /** Header title of the meal (slot name) column. */
    public static final String MEAL = "Meal";
    /** Header title of the food id column; empty on totals rows. */
    public static final String FOOD_ID = "Food id";
    /** Header title of the food name column. */
    public static final String FOOD = "Food";
    /** Header title of the planned weight column. */
    public static final String PLANNED = "Planned (g)";
    /** Header title of the eaten weight column, left empty for the parent. */
    public static final String EATEN = "Eaten (g)";
    /** The composition sheet. */
    public static final String COMPOSITION = "Composition";
    /** The prescription sheet. */
    public static final String PRESCRIPTION = "Prescription";
    /** The shopping list sheet. */
    public static final String SHOPPING = "Shopping list";
    /** The nutrient check sheet. */
    public static final String NUTRIENTS = "Nutrient check";
    /** Defined name: the food ids on "Composition". */
    public static final String NAME_ID = "CompositionId";
    /** Defined name: fat per 100 on "Composition". */
    public static final String NAME_FAT = "CompositionFat";
    /** Defined name: protein per 100 on "Composition". */
    public static final String NAME_PROTEIN = "CompositionProtein";
    /** Defined name: the carbohydrate the plan counts per 100 on "Composition". */
    public static final String NAME_CARB = "CompositionCarb";
    /** Defined name: the meal ratio band (+/-). */
    public static final String NAME_RATIO_TOLERANCE = "RatioBand";
    /** Defined name: the meal kcal band (+/- percent). */
    public static final String NAME_KCAL_TOLERANCE = "KcalBandPct";

    /** Rows of a sheet kept in memory while it is written; the rest are on disk (comfortably above a day). */
    private static final int ROW_WINDOW = 200;

    private PlanWorkbook() {
    }

    /** What was written. */
    public record Summary(List<String> planSheets, int foodRows) {
    }

    /**
     * Writes {@code plan} to {@code target} atomically (an existing file only with {@code force}).
     *
     * @param database where household measures for the shopping list come from, by id (asked for only when the
     *     shopping list is written; it may give null)
     */
    public static Summary write(Plan plan, Paper paper, Supplier<FoodDatabase> database, Path target,
                                boolean force) {
        return write(plan, paper, database, target, force, Progress.NONE);
    }

    /** As {@link #write(Plan, Paper, Supplier, Path, boolean)}, reporting each plan day to {@code progress}. */
    public static Summary write(Plan plan, Paper paper, Supplier<FoodDatabase> database, Path target,
                                boolean force, Progress progress) {
        AtomicFiles.checkWritable(target, force);
        Summary[] summary = new Summary[1];
        AtomicFiles.write(target, force, out -> summary[0] = write(plan, paper, database, out, true, progress));
        return summary[0];
    }

    /**
     * Writes {@code plan} as XLSX to {@code out}, streaming: each sheet's rows go to a temporary file as they are
     * made (POI's SXSSF), so time and memory grow with a row window, not with the plan.
     *
     * @param cacheValues whether to store every formula's value too (so readers that do not calculate, such as
     *     Excel's protected view, see numbers); a test passes false to make a spreadsheet program compute them
     */
    public static Summary write(Plan plan, Paper paper, Supplier<FoodDatabase> database, OutputStream out,
                                boolean cacheValues) throws IOException {
        return write(plan, paper, database, out, cacheValues, Progress.NONE);
    }

    /** As {@link #write(Plan, Paper, Supplier, OutputStream, boolean)}, reporting each plan day to {@code progress}. */
    public static Summary write(Plan plan, Paper paper, Supplier<FoodDatabase> database, OutputStream out,
                                boolean cacheValues, Progress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        try {
            List<String> sheets = fill(wb, plan, paper, database, cacheValues, progress);
            wb.write(out);
            int rows = plan.days().stream().flatMap(d -> d.meals().stream()).mapToInt(m -> m.foods().size()).sum();
            return new Summary(sheets, rows);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * Builds the workbook in memory (for tests that inspect it); with {@code cacheValues} every formula cell also
     * holds the value ketoplan computed for it the same way (the tests check these against POI's own evaluation of
     * the formulas). The file is written by the same code, streamed.
     */
    public static XSSFWorkbook build(Plan plan, Paper paper, Supplier<FoodDatabase> database, boolean cacheValues) {
        XSSFWorkbook wb = new XSSFWorkbook();
        fill(wb, plan, paper, database, cacheValues, Progress.NONE);
        return wb;
    }

    /** Fills {@code wb} with every sheet, rows in order; returns the plan sheets' names. */
    private static List<String> fill(Workbook wb, Plan plan, Paper paper, Supplier<FoodDatabase> database,
                                     boolean cacheValues, Progress progress) {
        WorkbookStyles st = new WorkbookStyles(wb, plan.tolerances().step(), cacheValues);
        List<List<PlanDay>> groups = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<PlanDay> days = plan.days();
        if (days.size() <= 3) {
            for (PlanDay d : days) {
                groups.add(List.of(d));
                names.add(d.date().toString());
            }
        } else {
            for (int i = 0; i < days.size(); i += 7) {
                groups.add(days.subList(i, Math.min(days.size(), i + 7)));
                names.add("Week " + (i / 7 + 1));
            }
        }
        // the reference sheets first: the plan sheets' formulas use the names they define
        ReferenceSheets.prescription(wb, st, plan, paper);
        ReferenceSheets.composition(wb, st, plan, paper);
        List<PlanSheet.DayTotal> totals = new ArrayList<>();
        List<Integer> lastRows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String what = days.size() <= 3 ? "day" : names.get(i).toLowerCase(java.util.Locale.ROOT);
            List<PlanSheet.DayTotal> t = PlanSheet.write(wb, st, plan, paper, names.get(i),
                    PlanSheet.title(plan, what, groups.get(i)), groups.get(i));
            totals.addAll(t);
            lastRows.add(t.isEmpty() ? PlanSheet.HEADER_ROW + 1 : t.get(t.size() - 1).row());
            progress.advance(groups.get(i).size());
        }
        DiarySheet.write(wb, st, plan, paper);
        FoodDatabase measures = database == null ? null : database.get();
        ShoppingSheet.write(wb, st, plan, paper, ShoppingList.of(plan, measures), names, lastRows, groups);
        NutrientSheet.write(wb, st, plan, paper, totals);
        int order = 0;
        for (String n : names) {
            wb.setSheetOrder(n, order++);
        }
        for (String n : List.of(WorkbookLayout.DIARY_SHEET, PRESCRIPTION, SHOPPING, NUTRIENTS, COMPOSITION)) {
            wb.setSheetOrder(n, order++);
        }
        wb.setForceFormulaRecalculation(true);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == 0);
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        return names;
    }
}
