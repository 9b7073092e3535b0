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
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/** Writes one plan sheet (a week, or a day): one row per food per meal, meal totals and day totals. */
final class PlanSheet {
    static final int DATE = 0;
    static final int MEAL = 1;
    static final int TIME = 2;
    static final int RECIPE = 3;
    static final int FOOD_ID = 4;
    static final int FOOD = 5;
    static final int PLANNED = 6;
    static final int EATEN = 7;
    static final int UNIT = 8;
    static final int FAT = 9;
    static final int PROTEIN = 10;
    static final int CARB = 11;
    static final int KCAL = 12;
    static final int RATIO = 13;
    static final int TARGET_KCAL = 14;
    static final int TARGET_RATIO = 15;
    static final int CHECK = 16;
    /** The row (0-based) of the column titles; row 0 holds the sheet's title. */
    static final int HEADER_ROW = 1;
    private static final int[] WIDTHS = {11, 10, 6, 32, 15, 50, 9, 9, 5, 8, 8, 8, 8, 8, 8, 8, 12};
    /** About how many characters of a food's name fit on a line of the Food column (proportional font). */
    private static final int FOOD_CHARS = 60;

    /** Where a day's totals row landed, so other sheets can refer to it. */
    record DayTotal(PlanDay day, String sheet, int row, double fatG, double proteinG, double carbG, double kcal) {
    }

    private PlanSheet() {
    }

    static List<DayTotal> write(Workbook wb, WorkbookStyles st, Plan plan, Paper paper, String name,
                                String title, List<PlanDay> days) {
        Sheet sh = wb.createSheet(name);
        for (int i = 0; i < WIDTHS.length; i++) {
            sh.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Cells.text(sh.createRow(0), 0, title, st.title);
        Row h = sh.createRow(HEADER_ROW);
        h.setHeightInPoints(30);
        String carb = plan.prescription().carbConvention() == CarbConvention.NET ? "Net carb (g)" : "Carb (g)";
        String[] titles = {PlanWorkbook.DATE, PlanWorkbook.MEAL, "Time", "Recipe", PlanWorkbook.FOOD_ID,
            PlanWorkbook.FOOD, PlanWorkbook.PLANNED, PlanWorkbook.EATEN, "Unit", "Fat (g)", "Protein (g)", carb,
            "kcal", "Ratio", "Target kcal", "Target ratio", "Check"};
        for (int i = 0; i < titles.length; i++) {
            Cells.text(h, i, titles[i], st.header);
        }
        int r = HEADER_ROW + 1;
        List<DayTotal> dayTotals = new ArrayList<>();
        java.util.Map<String, PlanFood> foods = plan.foodsById();
        boolean net = plan.prescription().carbConvention() == CarbConvention.NET;
        Bands bands = new Bands(plan.tolerances().ratio(), plan.tolerances().kcalPct());
        for (PlanDay day : days) {
            List<Integer> mealTotals = new ArrayList<>();
            double[] dayMacros = new double[4]; // fat, protein, carb, target kcal
            for (PlannedMeal meal : day.meals()) {
                int first = r;
                boolean firstRow = true;
                double[] mealMacros = new double[3];
                for (PlannedFood f : meal.foods()) {
                    double[] m = foodRow(sh.createRow(r), st, day, meal, f, r, firstRow, foods.get(f.id()), net);
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
            dayTotalRow(sh.createRow(r), st, plan, day, mealTotals, dayMacros, bands);
            dayTotals.add(new DayTotal(day, name, r, dayMacros[0], dayMacros[1], dayMacros[2], kcal(dayMacros)));
            r += 2; // a blank row between days
        }
        int last = Math.max(HEADER_ROW + 1, r - 2);
        bands(sh, last);
        PrintLayout.apply(sh, plan, paper, true, HEADER_ROW);
        sh.createFreezePane(0, HEADER_ROW + 1);
        sh.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, DATE, CHECK));
        return dayTotals;
    }

    /** The meal bands: ratio +/- and kcal +/- percent. */
    record Bands(double ratio, double kcalPct) {
        /** The text the check column's formula gives (see {@link PlanSheet#check}). */
        String check(double kcal, double ratio, Double targetKcal, Double targetRatio) {
            boolean outRatio = !Double.isNaN(ratio) && targetRatio != null
                    && Math.abs(ratio - targetRatio) > this.ratio + 1e-9;
            boolean outKcal = targetKcal != null && Math.abs(kcal - targetKcal) > targetKcal * kcalPct / 100 + 1e-9;
            return outRatio || outKcal ? "out of band" : "in band";
        }
    }

    private static double kcal(double[] m) {
        return org.ketoplan.nutrition.Energy.kcal(m[0], m[1], m[2]);
    }

    private static double ratioOf(double[] m) {
        double pc = m[1] + m[2];
        return pc > 0 ? m[0] / pc : Double.NaN;
    }

    /** Writes a food row; returns its fat, protein and carbohydrate as the formulas compute them. */
    private static double[] foodRow(Row row, WorkbookStyles st, PlanDay day, PlannedMeal meal, PlannedFood f, int r,
                                    boolean first, PlanFood food, boolean net) {
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
        Cells.number(row, PLANNED, f.amount(), st.input);
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
            double carb = food.per100().getOrDefault("carbohydrate_g", 0.0);
            double per100Carb = net ? Math.max(0, carb - food.per100().getOrDefault("fibre_g", 0.0)) : carb;
            m[0] = f.amount() * food.per100().getOrDefault("fat_g", 0.0) / 100;
            m[1] = f.amount() * food.per100().getOrDefault("protein_g", 0.0) / 100;
            m[2] = f.amount() * per100Carb / 100;
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
        return m;
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
        for (int c : new int[] {PLANNED, EATEN, UNIT}) {
            Cells.blank(row, c, st.total.text());
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
            Cells.formula(row, CHECK, check(r), st.total.text(), st.cached(bands.check(kcal(m), ratio,
                    meal.target().kcal(), meal.target().ratio())));
        } else {
            Cells.blank(row, TARGET_KCAL, st.total.kcal());
            Cells.blank(row, TARGET_RATIO, st.total.ratio());
            Cells.blank(row, CHECK, st.total.text());
        }
    }

    private static void dayTotalRow(Row row, WorkbookStyles st, Plan plan, PlanDay day, List<Integer> meals,
                                    double[] m, Bands bands) {
        int r = row.getRowNum();
        Cells.date(row, DATE, day.date(), st.day.date());
        for (int c : new int[] {MEAL, TIME, RECIPE, FOOD_ID, PLANNED, EATEN, UNIT}) {
            Cells.blank(row, c, st.day.text());
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
        double target = day.ramp() == null ? plan.prescription().ratio() : day.ramp().ratio();
        Cells.number(row, TARGET_RATIO, target, st.day.ratio());
        Cells.formula(row, CHECK, check(r), st.day.text(), st.cached(bands.check(kcal(m), ratio, m[3], target)));
    }

    /** kcal by 9/4/4 over the row's fat, protein and carbohydrate. */
    private static String kcal(int r) {
        return org.ketoplan.nutrition.Energy.formula(Cells.ref(FAT, r), Cells.ref(PROTEIN, r), Cells.ref(CARB, r));
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
        return plan.patient().name() + " - " + what + (range.isEmpty() ? "" : ": " + range) + " - "
                + Ratio.format(plan.prescription().ratio()) + ", " + Amounts.number(plan.prescription().kcal(), 1)
                + " kcal/day, " + plan.prescription().carbConvention().word() + " carbohydrate - yellow cells "
                + "are inputs";
    }
}
