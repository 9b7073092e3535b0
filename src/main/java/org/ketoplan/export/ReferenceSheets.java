package org.ketoplan.export;

import org.ketoplan.nutrition.Energy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlanSlot;

/** The reference sheets every formula leans on: the foods' composition and the prescription with its bands. */
final class ReferenceSheets {
    /** The last row (1-based) the composition names cover, leaving room for foods a dietitian adds. */
    static final int COMPOSITION_LAST_ROW = 500;
    private static final Nutrient[] MACROS = {Nutrient.FAT, Nutrient.PROTEIN, Nutrient.CARBOHYDRATE, Nutrient.FIBRE};

    private ReferenceSheets() {
    }

    /**
     * The "Composition" sheet: per 100 g (or ml) of every food the plan uses, from the plan itself: id, name,
     * unit, fat, protein, total carbohydrate, fibre, the carbohydrate the plan counts (a formula: net = total -
     * fibre, never below zero; or total), kcal (9/4/4, a formula), then every other nutrient any food has.
     */
    static void composition(Workbook wb, WorkbookStyles st, Plan plan, Paper paper) {
        Sheet sh = wb.createSheet(PlanWorkbook.COMPOSITION);
        Cells.text(sh.createRow(0), 0, "Composition per 100 g (or 100 ml) as stored with the plan (food data "
                + plan.foodDataVersion() + "); change a value here and every plan sheet follows", st.title);
        List<Nutrient> others = new ArrayList<>();
        for (Nutrient n : Nutrient.values()) {
            if (n == Nutrient.ENERGY || List.of(MACROS).contains(n)) {
                continue;
            }
            if (plan.foods().stream().anyMatch(f -> f.per100().has(n))) {
                others.add(n);
            }
        }
        CarbConvention carbs = plan.prescription().carbConvention();
        boolean net = carbs == CarbConvention.NET;
        List<String> titles = new ArrayList<>(List.of(PlanWorkbook.FOOD_ID, PlanWorkbook.FOOD, "Unit", "Fat (g)",
                "Protein (g)", "Carbohydrate, total (g)", "Fibre (g)", net ? "Net carb (g)" : "Carb counted (g)",
                "kcal (9/4/4)"));
        for (Nutrient n : others) {
            titles.add(n.label() + " (" + n.unit() + ")");
        }
        Row h = sh.createRow(1);
        h.setHeightInPoints(30);
        for (int i = 0; i < titles.size(); i++) {
            Cells.text(h, i, titles.get(i), st.header);
            sh.setColumnWidth(i, (i == 1 ? 44 : i == 0 ? 16 : 11) * 256);
        }
        int r = 2;
        for (PlanFood f : plan.foods()) {
            Row row = sh.createRow(r);
            Cells.text(row, 0, f.id(), st.text);
            Cells.text(row, 1, f.name() == null ? f.id() : f.name(), st.text);
            Cells.text(row, 2, f.unit().unit(), st.text);
            for (int i = 0; i < MACROS.length; i++) {
                Cells.number(row, 3 + i, f.per100().orZero(MACROS[i]), st.inputGeneral);
            }
            Macros per100 = f.macrosPer100(); // counted and kcal as the plan counts them (nutrition)
            Cells.formula(row, 7, net ? "MAX(0," + Cells.ref(5, r) + "-" + Cells.ref(6, r) + ")" : Cells.ref(5, r),
                    st.number2, st.cached(per100.carbohydrate(carbs)));
            Cells.formula(row, 8, Energy.formula(Cells.ref(3, r), Cells.ref(4, r), Cells.ref(7, r)),
                    st.number1, st.cached(per100.kcal(carbs)));
            for (int i = 0; i < others.size(); i++) {
                java.util.OptionalDouble v = f.per100().amount(others.get(i));
                if (v.isPresent()) {
                    Cells.number(row, 9 + i, v.getAsDouble(), st.number2);
                }
            }
            r++;
        }
        Row note = sh.createRow(r + 1);
        Cells.text(note, 0, "An empty cell is a nutrient the source does not report (unknown, not zero).", st.note);
        String range = "!$%s$3:$%s$" + COMPOSITION_LAST_ROW;
        name(wb, PlanWorkbook.NAME_ID, Cells.sheet(PlanWorkbook.COMPOSITION) + String.format(range, "A", "A"));
        name(wb, PlanWorkbook.NAME_FAT, Cells.sheet(PlanWorkbook.COMPOSITION) + String.format(range, "D", "D"));
        name(wb, PlanWorkbook.NAME_PROTEIN, Cells.sheet(PlanWorkbook.COMPOSITION) + String.format(range, "E", "E"));
        name(wb, PlanWorkbook.NAME_CARB, Cells.sheet(PlanWorkbook.COMPOSITION) + String.format(range, "H", "H"));
        PrintLayout.apply(sh, plan, paper, true, 1);
        // about 13 columns to a landscape page, the food's id and name on every page
        int pages = Math.max(1, (titles.size() + 12) / 13);
        sh.getPrintSetup().setFitWidth((short) pages);
        sh.setRepeatingColumns(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 1));
        sh.createFreezePane(2, 2);
    }

    /**
     * The "Prescription" sheet: the patient, the day's prescription, the bands (named cells the plan sheets'
     * checks use), the meal slots, medicines, where each default came from, and the planner's notes.
     */
    static void prescription(Workbook wb, WorkbookStyles st, Plan plan, Paper paper) {
        Sheet sh = wb.createSheet(PlanWorkbook.PRESCRIPTION);
        sh.setColumnWidth(0, 40 * 256);
        sh.setColumnWidth(1, 20 * 256);
        for (int i = 2; i < 8; i++) {
            sh.setColumnWidth(i, 12 * 256);
        }
        PlanPrescription p = plan.prescription();
        Cells.text(sh.createRow(0), 0, plan.patient().name() + " - prescription", st.title);
        int r = 2;
        r = pair(sh, st, r, "Patient", plan.patient().name());
        if (plan.patient().born() != null) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, "Born", st.header);
            Cells.date(row, 1, plan.patient().born(), st.date);
        }
        r = pair(sh, st.number1, st, r, "Age (months) at the start", plan.patient().ageMonths());
        r = pair(sh, st.number2, st, r, "Weight (kg)", plan.patient().weightKg());
        r = pair(sh, st, r, "Plan", plan.start() == null ? "(no days)" : plan.start() + " to " + plan.end() + " ("
                + plan.days().size() + " days)");
        r = pair(sh, st, r, "Food data version", plan.foodDataVersion());
        r = pair(sh, st.number1, st, r, "Energy (kcal/day)", p.kcal());
        r = pair(sh, st, r, "Ratio", Ratio.format(p.ratio()));
        r = pair(sh, st.number2, st, r, "Fat (g/day)", p.fatG());
        r = pair(sh, st.number2, st, r, "Protein (g/day)", p.proteinG());
        r = pair(sh, st.number2, st, r, "Carbohydrate from food (g/day, " + p.carbConvention().word() + ")",
                p.carbG());
        r = pair(sh, st.number2, st, r, "Carbohydrate from medicines (g/day)", p.medicineCarbG());
        if (p.medicineCarbG() > 0) {
            r = pair(sh, st.ratio, st, r, "Ratio of the food alone", PlanSheet.foodRatio(plan));
            r = note(sh, st, r, "The medicines' carbohydrate comes out of the food's allowance, so each meal's food "
                    + "is planned at " + Ratio.format(Math.round(PlanSheet.foodRatio(plan) * 100) / 100.0)
                    + " and the whole day, medicines included, comes to " + Ratio.format(p.ratio()) + ".");
        }
        r = pair(sh, st.number1, st, r, "Fluid (ml/day)", p.fluidMl());
        int ratioRow = r;
        r = pair(sh, st.inputGeneral, st, r, "Meal ratio band (+/-)", plan.tolerances().ratio());
        int kcalRow = r;
        r = pair(sh, st.inputGeneral, st, r, "Meal kcal band (+/- %)", plan.tolerances().kcalPct());
        r = pair(sh, st, r, "Scale step (g)", plan.tolerances().step());
        name(wb, PlanWorkbook.NAME_RATIO_TOLERANCE, Cells.sheet(PlanWorkbook.PRESCRIPTION) + "!"
                + Cells.absolute(1, ratioRow));
        name(wb, PlanWorkbook.NAME_KCAL_TOLERANCE, Cells.sheet(PlanWorkbook.PRESCRIPTION) + "!"
                + Cells.absolute(1, kcalRow));

        r++;
        Row sh1 = sh.createRow(r++);
        String[] slotTitles = {"Meal", "Time", "Kind", "kcal", "Ratio", "Fat (g)", "Protein (g)", "Carb (g)"};
        for (int i = 0; i < slotTitles.length; i++) {
            Cells.text(sh1, i, slotTitles[i], st.header);
        }
        for (PlanSlot s : p.slots()) {
            Row row = sh.createRow(r++);
            Cells.text(row, 0, s.name(), st.text);
            Cells.text(row, 1, s.time() == null ? "(no set time)" : s.time(), st.text);
            Cells.text(row, 2, s.kind().word(), st.text);
            Cells.number(row, 3, s.kcal(), st.number1);
            Cells.number(row, 4, s.ratio(), st.ratio);
            Cells.number(row, 5, s.fatG(), st.number2);
            Cells.number(row, 6, s.proteinG(), st.number2);
            Cells.number(row, 7, s.carbG(), st.number2);
        }
        if (!p.medicines().isEmpty()) {
            r++;
            Row mh = sh.createRow(r++);
            String[] medTitles = {"Medicine", "Times", "Doses/day", "Carb per dose (mg)"};
            for (int i = 0; i < medTitles.length; i++) {
                Cells.text(mh, i, medTitles[i], st.header);
            }
            for (PlanMedicine m : p.medicines()) {
                Row row = sh.createRow(r++);
                Cells.text(row, 0, m.name(), st.text);
                Cells.text(row, 1, String.join(", ", m.times()), st.text);
                Cells.number(row, 2, m.dosesPerDay(), st.text);
                Cells.number(row, 3, m.carbMgPerDose(), st.number1);
            }
        }
        r++;
        Row src = sh.createRow(r++);
        Cells.text(src, 0, "Value", st.header);
        Cells.text(src, 1, "Source", st.header);
        Map<String, String> sources = new TreeMap<>(p.sources());
        if (sources.isEmpty()) {
            Cells.text(sh.createRow(r++), 0, "(the plan names no sources)", st.note);
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Row row = sh.createRow(r);
            Cells.text(row, 0, e.getKey(), st.text);
            wrapped(sh, st, row, 1, e.getValue());
            r++;
        }
        if (!plan.notes().isEmpty()) {
            r++;
            Cells.text(sh.createRow(r++), 0, "Planner's notes", st.header);
            for (String n : plan.notes()) {
                r = note(sh, st, r, n);
            }
        }
        PrintLayout.apply(sh, plan, paper, false, 0);
    }

    /**
     * {@code text} from column {@code first} to H, merged and wrapped, in a row tall enough for it (a workbook
     * written as a stream cannot measure text, so the lines are counted at about 1.1 characters per width unit).
     */
    private static void wrapped(Sheet sh, WorkbookStyles st, Row row, int first, String text) {
        int width = 0;
        for (int c = first; c < 8; c++) {
            width += sh.getColumnWidth(c) / 256;
        }
        Cells.text(row, first, text, st.wrap);
        for (int c = first + 1; c < 8; c++) {
            Cells.blank(row, c, st.wrap);
        }
        sh.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), first, 7));
        int lines = Math.max(1, (int) Math.ceil(text.length() / (width * 1.1)));
        row.setHeightInPoints(13.5f * lines + 2);
    }

    /** A note over the sheet's width. */
    private static int note(Sheet sh, WorkbookStyles st, int r, String text) {
        wrapped(sh, st, sh.createRow(r), 0, text);
        return r + 1;
    }

    private static int pair(Sheet sh, WorkbookStyles st, int r, String label, String value) {
        Row row = sh.createRow(r);
        Cells.text(row, 0, label, st.label);
        Cells.text(row, 1, value, st.text);
        return r + 1;
    }

    private static int pair(Sheet sh, WorkbookStyles st, int r, String label, double value) {
        return pair(sh, st.text, st, r, label, value);
    }

    /** A label and a number in {@code style} (rows are written once, in order, so the style is set here). */
    private static int pair(Sheet sh, org.apache.poi.ss.usermodel.CellStyle style, WorkbookStyles st, int r,
                            String label, double value) {
        Row row = sh.createRow(r);
        Cells.text(row, 0, label, st.label);
        Cells.number(row, 1, value, style);
        return r + 1;
    }

    private static void name(Workbook wb, String name, String formula) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(formula);
    }
}
