package org.ketoplan.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ketoplan.food.HouseholdMeasure;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * The "Shopping list" sheet: per food, the amount on each plan sheet (a live SUMIF over its food ids and planned
 * weights), the total for the period, and the total in a household measure when the food database knows one.
 */
final class ShoppingSheet {
    private ShoppingSheet() {
    }

    /** {@code planSheets}: the plan sheets' names with the last row (0-based) each uses. */
    static void write(Workbook wb, WorkbookStyles st, Plan plan, Paper paper, List<ShoppingList.Item> items,
                      List<String> planSheets, List<Integer> lastRows, List<List<PlanDay>> sheetDays) {
        Sheet sh = wb.createSheet(PlanWorkbook.SHOPPING);
        Cells.text(sh.createRow(0), 0, plan.patient().name() + " - shopping list"
                + (plan.start() == null ? "" : " for " + plan.start() + " to " + plan.end()), st.title);
        Row h = sh.createRow(1);
        h.setHeightInPoints(30);
        int col = 0;
        Cells.text(h, col++, PlanWorkbook.FOOD_ID, st.header);
        Cells.text(h, col++, PlanWorkbook.FOOD, st.header);
        Cells.text(h, col++, "Unit", st.header);
        int firstSheetCol = col;
        for (String s : planSheets) {
            Cells.text(h, col++, s, st.header);
        }
        int totalCol = col++;
        Cells.text(h, totalCol, "Total", st.header);
        int measureCol = col++;
        Cells.text(h, measureCol, "Household measure", st.header);
        int countCol = col++;
        Cells.text(h, countCol, "Measures", st.header);
        int noteCol = col;
        Cells.text(h, noteCol, "Note", st.header);
        sh.setColumnWidth(0, 16 * 256);
        sh.setColumnWidth(1, 44 * 256);
        sh.setColumnWidth(2, 6 * 256);
        for (int i = firstSheetCol; i <= totalCol; i++) {
            sh.setColumnWidth(i, 11 * 256);
        }
        sh.setColumnWidth(measureCol, 30 * 256);
        sh.setColumnWidth(countCol, 10 * 256);
        sh.setColumnWidth(noteCol, 40 * 256);
        int r = 2;
        for (ShoppingList.Item it : items) {
            Row row = sh.createRow(r);
            Cells.text(row, 0, it.id(), st.text);
            Cells.text(row, 1, it.name(), st.text);
            Cells.text(row, 2, it.unit(), st.text);
            String id = "$" + Cells.ref(0, r);
            double total = 0;
            for (int i = 0; i < planSheets.size(); i++) {
                double amount = 0;
                for (PlanDay d : sheetDays.get(i)) {
                    for (PlannedMeal m : d.meals()) {
                        for (PlannedFood f : m.foods()) {
                            amount += f.id().equals(it.id()) ? f.amount() : 0;
                        }
                    }
                }
                total += amount;
                String s = Cells.sheet(planSheets.get(i));
                int last = lastRows.get(i) + 1;
                int first = PlanSheet.HEADER_ROW + 2;
                String ids = s + "!$" + Cells.col(PlanSheet.FOOD_ID) + "$" + first + ":$"
                        + Cells.col(PlanSheet.FOOD_ID) + "$" + last;
                String grams = s + "!$" + Cells.col(PlanSheet.PLANNED) + "$" + first + ":$"
                        + Cells.col(PlanSheet.PLANNED) + "$" + last;
                Cells.formula(row, firstSheetCol + i, "SUMIF(" + ids + "," + id + "," + grams + ")", st.number1,
                        st.cached(amount));
            }
            Cells.formula(row, totalCol, "SUM(" + Cells.ref(firstSheetCol, r) + ":"
                    + Cells.ref(totalCol - 1, r) + ")", st.total.kcal(), st.cached(total));
            if (it.measure().isPresent()) {
                HouseholdMeasure m = it.measure().get();
                Cells.text(row, measureCol, m.label() + " = " + Amounts.number(m.grams(), 0.1) + " g", st.text);
                Cells.formula(row, countCol, Cells.ref(totalCol, r) + "/" + Numbers.plain(m.grams()) + "*"
                        + Numbers.plain(m.amount()), st.number1, st.cached(total / m.grams() * m.amount()));
            } else {
                Cells.text(row, measureCol, "(weigh it; no household measure known)", st.note);
            }
            if (!it.note().isEmpty()) {
                Cells.text(row, noteCol, it.note(), st.noteAfterNumber);
            }
            r++;
        }
        java.util.Map<String, Double> water = ShoppingList.tapWater(plan);
        if (!water.isEmpty()) {
            double ml = water.values().stream().mapToDouble(Double::doubleValue).sum();
            Cells.text(sh.createRow(++r), 0, "Not listed: tap water (" + Amounts.number(ml, 1) + " ml over the "
                    + "period): it comes from the tap.", st.note);
        }
        Cells.text(sh.createRow(r + 1), 0, "Totals follow the planned weights on the plan sheets. Buy a little "
                + "more than the total: weighing and cooking lose some.", st.note);
        PrintLayout.apply(sh, plan, paper, planSheets.size() > 3, 1);
        sh.createFreezePane(0, 2);
    }
}
