package org.ketoplan.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;

/**
 * The "Nutrient check" sheet: per day, energy, protein and carbohydrate (live from the day's totals on its plan
 * sheet, against the day's own targets on a day of the initiation ramp), fluid against its target with what the
 * parent is told, the feeds' volume and density, and each micronutrient against the reference intake as the
 * planner checked it.
 */
final class NutrientSheet {
    private NutrientSheet() {
    }

    static void write(Workbook wb, WorkbookStyles st, Plan plan, Paper paper, List<PlanSheet.DayTotal> days) {
        Sheet sh = wb.createSheet(PlanWorkbook.NUTRIENTS);
        Cells.text(sh.createRow(0), 0, plan.patient().name() + " - nutrient check against the prescription and "
                + "reference intakes", st.title);
        Row h = sh.createRow(1);
        String[] titles = {PlanWorkbook.DATE, "Check", "Unit", "Amount", "Reference", "% of reference", "Note"};
        int[] widths = {11, 28, 6, 10, 10, 14, 40};
        for (int i = 0; i < titles.length; i++) {
            Cells.text(h, i, titles[i], st.header);
            sh.setColumnWidth(i, widths[i] * 256);
        }
        int r = 2;
        for (PlanSheet.DayTotal d : days) {
            String s = Cells.sheet(d.sheet()) + "!";
            r = row(sh, st, r, d, "Energy", "kcal", new Live(s + Cells.absolute(PlanSheet.KCAL, d.row()), d.kcal()),
                    plan.prescription().kcal(), "from the day's total on " + d.sheet());
            r = row(sh, st, r, d, "Protein", "g", new Live(s + Cells.absolute(PlanSheet.PROTEIN, d.row()),
                    d.proteinG()), plan.prescription().proteinG(), "from the day's total on " + d.sheet());
            String step = d.day().ramp() == null ? "" : " (" + d.day().ramp().label() + ")";
            r = row(sh, st, r, d, "Carbohydrate", "g", new Live(s + Cells.absolute(PlanSheet.CARB, d.row()),
                    d.carbG()), carbTarget(d.day()), "from the day's total on " + d.sheet() + step);
            DayChecks c = d.day().checks();
            if (c == null) {
                continue;
            }
            if (c.fluidAdvice() == null) {
                r = row(sh, st, r, d, "Fluid from foods", "ml", c.fluidMl(), c.fluidTargetMl(),
                        c.fluidMl() < c.fluidTargetMl() ? "make up the rest with water" : "");
            } else {
                boolean feeds = "feeds".equals(c.fluidBasis());
                r = row(sh, st, r, d, feeds ? "Fluid as feeds" : "Water from food and feeds", "ml",
                        c.fluidCountedMl(), c.fluidTargetMl(), c.fluidAdvice());
            }
            if (c.feeds() != null) {
                double perKg = "feeds".equals(c.fluidBasis()) ? c.fluidTargetMl() / plan.patient().weightKg()
                        : Double.NaN;
                r = row(sh, st, r, d, "Feeds, ml per kg a day", "ml/kg", c.feeds().mlPerKgDay(), perKg,
                        c.feeds().feeds() + " feeds, largest " + Amounts.number(c.feeds().largestFeedMl(), 1)
                                + " ml; " + Amounts.number(c.feeds().kcalPerMl(), 0.01) + " kcal/ml"
                                + (c.warnings().isEmpty() ? "" : "; " + String.join("; ", c.warnings())));
            }
            for (DayChecks.NutrientCheck n : c.micronutrients()) {
                r = row(sh, st, r, d, n.label(), n.unit(), n.amount(), n.reference(),
                        n.needsSupplement() ? "below the reference: supplement" : n.unknown() ? "unknown: not stated "
                        + "for " + String.join(", ", n.unknownIn()) + " (the amount is from the other foods)" : "");
            }
        }
        Cells.text(sh.createRow(r + 1), 0, "Energy and protein follow the plan sheets; fluid and micronutrients are "
                + "the plan's as composed; a nutrient the food data do not state for a food is \"unknown\" (the amount is from the other foods).", st.note);
        PrintLayout.apply(sh, plan, paper, false, 1);
        sh.createFreezePane(0, 2);
    }

    /** The day's carbohydrate target: the sum of its meals' (the step's own on a day of the ramp). */
    private static double carbTarget(org.ketoplan.plan.PlanDay day) {
        return day.meals().stream().filter(m -> m.target() != null).mapToDouble(m -> m.target().carbG()).sum();
    }

    /** A formula over another sheet and the value it gives now. */
    private record Live(String formula, double value) {
    }

    private static int row(Sheet sh, WorkbookStyles st, int r, PlanSheet.DayTotal d, String label, String unit,
                           Object amount, double reference, String note) {
        Row row = sh.createRow(r);
        Cells.date(row, 0, d.day().date(), st.date);
        Cells.text(row, 1, label, st.text);
        Cells.text(row, 2, unit, st.text);
        double value;
        if (amount instanceof Live live) {
            Cells.formula(row, 3, live.formula(), st.number1, st.cached(live.value()));
            value = live.value();
        } else {
            value = (Double) amount;
            Cells.number(row, 3, value, st.number1);
        }
        if (Double.isNaN(reference)) {
            Cells.blank(row, 4, st.number1);
            Cells.blank(row, 5, st.percent);
        } else {
            Cells.number(row, 4, reference, st.number1);
            Cells.formula(row, 5, "IF(" + Cells.ref(4, r) + ">0," + Cells.ref(3, r) + "/" + Cells.ref(4, r)
                    + ",\"\")", st.percent, st.cached(reference > 0 ? (Object) (value / reference) : ""));
        }
        Cells.text(row, 6, note, st.noteAfterNumber);
        return r + 1;
    }
}
