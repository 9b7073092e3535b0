package org.ketoplan.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/** Writes one plan sheet (a week, or a day): one row per food per meal, meal totals and day totals. */
final class PlanSheet {
    static final int DATE = WorkbookLayout.PlanColumn.DATE.index();
    static final int MEAL = WorkbookLayout.PlanColumn.MEAL.index();
    static final int TIME = WorkbookLayout.PlanColumn.TIME.index();
    static final int RECIPE = WorkbookLayout.PlanColumn.RECIPE.index();
    static final int FOOD_ID = WorkbookLayout.PlanColumn.FOOD_ID.index();
    static final int FOOD = WorkbookLayout.PlanColumn.FOOD.index();
    static final int PLANNED = WorkbookLayout.PlanColumn.PLANNED.index();
    static final int EATEN = WorkbookLayout.PlanColumn.EATEN.index();
    static final int UNIT = WorkbookLayout.PlanColumn.UNIT.index();
    static final int FAT = WorkbookLayout.PlanColumn.FAT.index();
    static final int PROTEIN = WorkbookLayout.PlanColumn.PROTEIN.index();
    static final int CARB = WorkbookLayout.PlanColumn.CARB.index();
    static final int KCAL = WorkbookLayout.PlanColumn.KCAL.index();
    static final int RATIO = WorkbookLayout.PlanColumn.RATIO.index();
    static final int TARGET_KCAL = WorkbookLayout.PlanColumn.TARGET_KCAL.index();
    static final int TARGET_RATIO = WorkbookLayout.PlanColumn.TARGET_RATIO.index();
    static final int CHECK = WorkbookLayout.PlanColumn.CHECK.index();
    static final int EATEN_KCAL = WorkbookLayout.PlanColumn.EATEN_KCAL.index();
    static final int EATEN_RATIO = WorkbookLayout.PlanColumn.EATEN_RATIO.index();
    static final int EATEN_FAT = WorkbookLayout.PlanColumn.EATEN_FAT.index();
    static final int EATEN_PROTEIN = WorkbookLayout.PlanColumn.EATEN_PROTEIN.index();
    static final int EATEN_CARB = WorkbookLayout.PlanColumn.EATEN_CARB.index();
    /** The row (0-based) of the column titles; row 0 holds the sheet's title. */
    static final int HEADER_ROW = WorkbookLayout.HEADER_ROW;
    /** About how many characters of a food's name fit on a line of the Food column (proportional font). */
    private static final int FOOD_CHARS = 56;

    /** Where a day's totals row landed, so other sheets can refer to it. */
    record DayTotal(PlanDay day, String sheet, int row, double fatG, double proteinG, double carbG, double kcal) {
    }

    private PlanSheet() {
    }

    static List<DayTotal> write(Workbook wb, WorkbookStyles st, Plan plan, Paper paper, String name,
                                String title, List<PlanDay> days) {
        Sheet sh = wb.createSheet(name);
        for (WorkbookLayout.PlanColumn c : WorkbookLayout.PlanColumn.values()) {
            sh.setColumnWidth(c.index(), c.width() * 256);
            sh.setColumnHidden(c.index(), c.hidden());
        }
        Cells.text(sh.createRow(0), 0, title, st.title);
        Row h = sh.createRow(HEADER_ROW);
        h.setHeightInPoints(30);
        for (WorkbookLayout.PlanColumn c : WorkbookLayout.PlanColumn.values()) {
            Cells.text(h, c.index(), c.title(plan.prescription().carbConvention()), st.header);
        }
        int r = HEADER_ROW + 1;
        List<DayTotal> dayTotals = new ArrayList<>();
        java.util.Map<String, PlanFood> foods = plan.foodsById();
        CarbConvention carbs = plan.prescription().carbConvention();
        Bands bands = new Bands(plan.tolerances());
        for (PlanDay day : days) {
            List<Integer> mealTotals = new ArrayList<>();
            double[] dayMacros = new double[4]; // fat, protein, carb, target kcal
            for (PlannedMeal meal : day.meals()) {
                int first = r;
                boolean firstRow = true;
                double[] mealMacros = new double[3];
                for (PlannedFood f : meal.foods()) {
                    double[] m = foodRow(sh.createRow(r), st, day, meal, f, r, firstRow, foods.get(f.id()), carbs);
                    for (int i = 0; i < 3; i++) {
                        mealMacros[i] += m[i];
                    }
                    firstRow = false;
                    r++;
                }
                mealTotalRow(sh.createRow(r), st, day, meal, first, r - 1, mealMacros, bands);
                for (int i = 0; i < 3; i++) {
                    dayMacros[i] += mealMacros[i];
                }
                dayMacros[3] += meal.target() == null ? 0 : meal.target().kcal();
                mealTotals.add(r);
                r++;
            }
            dayTotalRow(sh.createRow(r), st, plan, day, mealTotals, dayMacros, bands, st.cache);
            dayTotals.add(new DayTotal(day, name, r, dayMacros[0], dayMacros[1], dayMacros[2], kcal(dayMacros)));
            r += 2; // a blank row between days
        }
        int last = Math.max(HEADER_ROW + 1, r - 2);
        bands(sh, last);
        PrintLayout.apply(sh, plan, paper, true, HEADER_ROW);
        sh.createFreezePane(0, HEADER_ROW + 1);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, DATE, EATEN_RATIO));
        return dayTotals;
    }

    /**
     * The plan's meal bands as the workbook's check column applies them: the ratio +/-, and the kcal +/- percent of
     * the reference sheet's cell (the percent as shown, as the formula reads it).
     */
    record Bands(org.ketoplan.plan.PlanTolerances tolerances) {
        /** The text the check column's formula gives (see {@link PlanSheet#check}). */
        String check(double kcal, double ratio, Double targetKcal, Double targetRatio) {
            boolean outRatio = !Double.isNaN(ratio) && targetRatio != null
                    && Math.abs(ratio - targetRatio) > tolerances.ratio() + 1e-9;
            boolean outKcal = targetKcal != null
                    && Math.abs(kcal - targetKcal) > targetKcal * tolerances.kcalPct() / 100 + 1e-9;
            return outRatio || outKcal ? "out of band" : "in band";
        }
    }

    private static double kcal(double[] m) {
        return Energy.kcal(m[0], m[1], m[2]);
    }

    private static double ratioOf(double[] m) {
        double pc = m[1] + m[2];
        return pc > 0 ? m[0] / pc : Double.NaN;
    }

    /** Writes a food row; returns its fat, protein and carbohydrate as the formulas compute them. */
    private static double[] foodRow(Row row, WorkbookStyles st, PlanDay day, PlannedMeal meal, PlannedFood f, int r,
                                    boolean first, PlanFood food, CarbConvention carbs) {
        Cells.date(row, DATE, day.date(), first ? st.date : st.dateRepeat);
        Cells.text(row, MEAL, meal.slot(), first ? st.text : st.textRepeat);
        Cells.text(row, TIME, meal.time(), first ? st.text : st.textRepeat);
        Cells.text(row, RECIPE, meal.recipeName(), first ? st.text : st.textRepeat);
        Cells.text(row, FOOD_ID, f.id(), st.text);
        String name = f.name() == null ? f.id() : f.name();
        Cells.text(row, FOOD, name, st.wrap);
        int lines = Math.max(1, (name.length() + FOOD_CHARS - 1) / FOOD_CHARS);
        if (lines > 1) {
            row.setHeightInPoints(15f * lines);
        }
        Cells.number(row, PLANNED, f.amount(), st.input(f.amount()));
        Cells.blank(row, EATEN, st.inputEmpty);
        Cells.text(row, UNIT, f.unit().unit(), st.text);
        if (!f.counted()) {
            Cells.text(row, CHECK, "not counted", st.note);
            return new double[3];
        }
        // the same arithmetic as the formulas: grams x value per 100 on "Composition" / 100
        double[] m = new double[3];
        if (food == null) {
            java.util.Arrays.fill(m, Double.NaN);
        } else {
            Macros per100 = food.macrosPer100(); // the carbohydrate counted as the plan counts it (nutrition)
            m[0] = f.amount() * per100.fatG() / 100;
            m[1] = f.amount() * per100.proteinG() / 100;
            m[2] = f.amount() * per100.carbohydrate(carbs) / 100;
        }
        String grams = Cells.ref(PLANNED, r);
        String id = "$" + Cells.ref(FOOD_ID, r);
        String[] names = {PlanWorkbook.NAME_FAT, PlanWorkbook.NAME_PROTEIN, PlanWorkbook.NAME_CARB};
        int[] cols = {FAT, PROTEIN, CARB};
        for (int i = 0; i < 3; i++) {
            Cells.formula(row, cols[i], grams + "*INDEX(" + names[i] + ",MATCH(" + id + "," + PlanWorkbook.NAME_ID
                    + ",0))/100", st.grams, st.cached(m[i]));
        }
        Cells.formula(row, KCAL, kcal(r), st.kcal, st.cached(kcal(m)));
        // what was eaten, as soon as a weight is typed in Eaten (g); empty until then
        String eaten = Cells.ref(EATEN, r);
        int[] eatenCols = {EATEN_FAT, EATEN_PROTEIN, EATEN_CARB};
        for (int i = 0; i < 3; i++) {
            Cells.formula(row, eatenCols[i], "IF(ISNUMBER(" + eaten + ")," + eaten + "*INDEX(" + names[i] + ",MATCH("
                    + id + "," + PlanWorkbook.NAME_ID + ",0))/100,\"\")", st.grams, st.cached(""));
        }
        Cells.formula(row, EATEN_KCAL, "IF(ISNUMBER(" + eaten + ")," + eatenKcal(r) + ",\"\")", st.kcal,
                st.cached(""));
        return m;
    }

    /** 9/4/4 over a row's eaten fat, protein and carbohydrate. */
    private static String eatenKcal(int r) {
        return Energy.formula(Cells.ref(EATEN_FAT, r), Cells.ref(EATEN_PROTEIN, r), Cells.ref(EATEN_CARB, r));
    }

    /**
     * A totals row's eaten figures over {@code cells} (a range "H3:H6" or a list "H9,H14"): the grams, fat,
     * protein and carbohydrate summed, kcal and the ratio, all empty while nothing eaten is typed.
     */
    private static void eatenTotals(Row row, int r, java.util.function.IntFunction<String> cells, WorkbookStyles st,
                                    WorkbookStyles.Band band) {
        String none = "COUNT(" + cells.apply(EATEN) + ")=0";
        Cells.formula(row, EATEN, "IF(" + none + ",\"\",SUM(" + cells.apply(EATEN) + "))", band.grams(),
                st.cached(""));
        for (int c : new int[] {EATEN_FAT, EATEN_PROTEIN, EATEN_CARB}) {
            Cells.formula(row, c, "SUM(" + cells.apply(c) + ")", band.grams(), st.cached(0.0));
        }
        Cells.formula(row, EATEN_KCAL, "IF(" + none + ",\"\"," + eatenKcal(r) + ")", band.kcal(), st.cached(""));
        String pc = "(" + Cells.ref(EATEN_PROTEIN, r) + "+" + Cells.ref(EATEN_CARB, r) + ")";
        Cells.formula(row, EATEN_RATIO, "IF(" + none + ",\"\",IF(" + pc + ">0," + Cells.ref(EATEN_FAT, r) + "/" + pc
                + ",\"\"))", band.ratio(), st.cached(""));
    }

    private static void mealTotalRow(Row row, WorkbookStyles st, PlanDay day, PlannedMeal meal, int first,
                                     int last, double[] m, Bands bands) {
        int r = row.getRowNum();
        Cells.date(row, DATE, day.date(), st.total.date());
        Cells.text(row, MEAL, meal.slot(), st.total.text());
        Cells.text(row, TIME, meal.time(), st.total.text());
        Cells.text(row, RECIPE, "", st.total.text());
        Cells.text(row, FOOD_ID, "", st.total.text());
        Cells.text(row, FOOD, "Total " + meal.slot(), st.total.text());
        for (int c : new int[] {PLANNED, UNIT}) {
            Cells.blank(row, c, st.total.text());
        }
        if (last >= first) {
            eatenTotals(row, r, c -> Cells.ref(c, first) + ":" + Cells.ref(c, last), st, st.total);
        }
        int[] cols = {FAT, PROTEIN, CARB};
        for (int i = 0; i < 3; i++) {
            if (last >= first) {
                Cells.formula(row, cols[i], "SUM(" + Cells.ref(cols[i], first) + ":" + Cells.ref(cols[i], last) + ")",
                        st.total.grams(), st.cached(m[i]));
            } else {
                Cells.number(row, cols[i], 0, st.total.grams());
            }
        }
        double ratio = ratioOf(m);
        Cells.formula(row, KCAL, kcal(r), st.total.kcal(), st.cached(kcal(m)));
        Cells.formula(row, RATIO, ratio(r), st.total.ratio(), st.cached(Double.isNaN(ratio) ? "" : ratio));
        if (meal.target() != null) {
            Cells.number(row, TARGET_KCAL, meal.target().kcal(), st.total.kcal());
            Cells.number(row, TARGET_RATIO, meal.target().ratio(), st.total.ratio());
            Cells.formula(row, CHECK, check(r), st.total.check(), st.cached(bands.check(kcal(m), ratio,
                    meal.target().kcal(), meal.target().ratio())));
        } else {
            Cells.blank(row, TARGET_KCAL, st.total.kcal());
            Cells.blank(row, TARGET_RATIO, st.total.ratio());
            Cells.blank(row, CHECK, st.total.check());
        }
    }

    private static void dayTotalRow(Row row, WorkbookStyles st, Plan plan, PlanDay day, List<Integer> meals,
                                    double[] m, Bands bands, boolean cache) {
        int r = row.getRowNum();
        Cells.date(row, DATE, day.date(), st.day.date());
        for (int c : new int[] {MEAL, TIME, RECIPE, FOOD_ID, PLANNED, UNIT}) {
            Cells.blank(row, c, st.day.text());
        }
        if (!meals.isEmpty()) {
            eatenTotals(row, r, c -> String.join(",", meals.stream().map(k -> Cells.ref(c, k)).toList()), st,
                    st.day);
        }
        Cells.text(row, FOOD, "Day total " + day.date() + (day.ramp() == null ? "" : " (" + day.ramp().label() + ")"),
                st.day.text());
        int[] cols = {FAT, PROTEIN, CARB, TARGET_KCAL};
        for (int i = 0; i < cols.length; i++) {
            int c = cols[i];
            if (meals.isEmpty()) {
                Cells.number(row, c, 0, c == TARGET_KCAL ? st.day.kcal() : st.day.grams());
                continue;
            }
            StringBuilder sum = new StringBuilder();
            for (int k : meals) {
                sum.append(sum.length() == 0 ? "" : "+").append(Cells.ref(c, k));
            }
            Cells.formula(row, c, sum.toString(), c == TARGET_KCAL ? st.day.kcal() : st.day.grams(), st.cached(m[i]));
        }
        double ratio = ratioOf(m);
        Cells.formula(row, KCAL, kcal(r), st.day.kcal(), st.cached(kcal(m)));
        Cells.formula(row, RATIO, ratio(r), st.day.ratio(), st.cached(Double.isNaN(ratio) ? "" : ratio));
        // the food's own ratio (medicine carbohydrate taken out of the allowance), or the ramp step's on its days
        double target = day.ramp() == null ? foodRatio(plan) : day.ramp().ratio();
        Cells.number(row, TARGET_RATIO, target, st.day.ratio());
        Cells.formula(row, CHECK, check(r), st.day.check(), st.cached(bands.check(kcal(m), ratio, m[3], target)));
    }

    /**
     * The ratio of the day's food alone: fat / (protein + the food's carbohydrate), the medicines' carbohydrate taken
     * out of the allowance (as each meal's target is); without medicines, the prescription's ratio.
     */
    static double foodRatio(Plan plan) {
        var p = plan.prescription();
        double pc = p.proteinG() + p.carbG();
        return p.medicineCarbG() > 0 && pc > 0 ? p.fatG() / pc : p.ratio();
    }

    /** kcal by 9/4/4 over the row's fat, protein and carbohydrate. */
    private static String kcal(int r) {
        return Energy.formula(Cells.ref(FAT, r), Cells.ref(PROTEIN, r), Cells.ref(CARB, r));
    }

    /** fat : (protein + carbohydrate), empty when there is neither protein nor carbohydrate. */
    private static String ratio(int r) {
        String pc = "(" + Cells.ref(PROTEIN, r) + "+" + Cells.ref(CARB, r) + ")";
        return "IF(" + pc + ">0," + Cells.ref(FAT, r) + "/" + pc + ",\"\")";
    }

    private static String check(int r) {
        return "IF(OR(" + outOfRatio(r, "") + "," + outOfKcal(r, "") + "),\"out of band\",\"in band\")";
    }

    private static String outOfRatio(int r, String abs) {
        String ratio = abs + Cells.ref(RATIO, r);
        String target = abs + Cells.ref(TARGET_RATIO, r);
        return "AND(ISNUMBER(" + ratio + "),ISNUMBER(" + target + "),ABS(" + ratio + "-" + target + ")>"
                + PlanWorkbook.NAME_RATIO_TOLERANCE + "+1E-9)";
    }

    private static String outOfKcal(int r, String abs) {
        String kcal = abs + Cells.ref(KCAL, r);
        String target = abs + Cells.ref(TARGET_KCAL, r);
        return "AND(ISNUMBER(" + target + "),ABS(" + kcal + "-" + target + ")>" + target + "*"
                + PlanWorkbook.NAME_KCAL_TOLERANCE + "/100+1E-9)";
    }

    /** Marks a meal's (or day's) ratio or kcal that is outside its band, live as weights change. */
    private static void bands(Sheet sh, int last) {
        int first = HEADER_ROW + 1;
        SheetConditionalFormatting cf = sh.getSheetConditionalFormatting();
        ConditionalFormattingRule ratioRule = cf.createConditionalFormattingRule(outOfRatio(first, "$"));
        alarm(ratioRule);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, RATIO, RATIO)},
                ratioRule);
        ConditionalFormattingRule kcalRule = cf.createConditionalFormattingRule(outOfKcal(first, "$"));
        alarm(kcalRule);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, KCAL, KCAL)},
                kcalRule);
        ConditionalFormattingRule checkRule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"out of band\"");
        alarm(checkRule);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(first, last, CHECK, CHECK)},
                checkRule);
    }

    private static void alarm(ConditionalFormattingRule rule) {
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        font.setFontStyle(false, true);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    }

    /** The sheet's title: who, which days, the prescription, and which cells are inputs. */
    static String title(Plan plan, String what, List<PlanDay> days) {
        String range = days.isEmpty() ? "" : days.size() == 1 ? days.get(0).date().toString()
                : days.get(0).date() + " to " + days.get(days.size() - 1).date();
        var p = plan.prescription();
        String medicines = p.medicineCarbG() > 0 ? "; targets are for the food alone: the medicines' "
                + Amounts.number(p.medicineCarbG(), 0.01) + " g carbohydrate a day comes out of the food's, so the food "
                + "is at " + Ratio.format(Math.round(foodRatio(plan) * 100) / 100.0) + " and the day with its medicines "
                + "at " + Ratio.format(p.ratio()) : "";
        return plan.patient().name() + " - " + what + (range.isEmpty() ? "" : ": " + range) + " - "
                + Ratio.format(p.ratio()) + ", " + Amounts.number(p.kcal(), 1) + " kcal/day, "
                + p.carbConvention().word() + " carbohydrate" + medicines + " - yellow cells are inputs (Eaten (g) "
                + "for what was eaten; the Diary sheet for seizures, readings and the day)";
    }
}
