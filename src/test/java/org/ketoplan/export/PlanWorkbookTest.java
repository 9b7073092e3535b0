package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.food.HouseholdMeasure;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.Test;

class PlanWorkbookTest {
    static final double EPS = 1e-9;

    static XSSFWorkbook evaluated(Plan plan, Paper paper, FoodDatabase db) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, paper, () -> db, out, true);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Asserts every food row, meal total and day total read back from {@code wb} equals the plan's numbers. */
    static void assertMatchesPlan(Plan plan, List<WorkbookRows.Line> lines) {
        int food = 0;
        int meals = 0;
        int days = 0;
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                for (PlannedFood f : meal.foods()) {
                    WorkbookRows.Line l = lines.get(food + meals + days);
                    assertEquals(day.date(), l.date(), l.toString());
                    assertEquals(meal.slot(), l.meal(), l.toString());
                    assertEquals(f.id(), l.foodId(), l.toString());
                    assertEquals(f.amount(), l.planned(), EPS, l.toString());
                    assertEquals(f.fatG(), l.fat(), EPS, l.toString());
                    assertEquals(f.proteinG(), l.protein(), EPS, l.toString());
                    assertEquals(f.carbG(), l.carb(), EPS, l.toString());
                    assertEquals(f.kcal(), l.kcal(), EPS, l.toString());
                    food++;
                }
                WorkbookRows.Line t = lines.get(food + meals + days);
                assertEquals("", t.foodId(), t.toString());
                assertEquals("Total " + meal.slot(), t.food());
                assertEquals(meal.totals().fatG(), t.fat(), EPS, t.toString());
                assertEquals(meal.totals().proteinG(), t.protein(), EPS, t.toString());
                assertEquals(meal.totals().carbG(), t.carb(), EPS, t.toString());
                assertEquals(meal.totals().kcal(), t.kcal(), EPS, t.toString());
                assertEquals(meal.totals().ratio(), t.ratio(), EPS, t.toString());
                assertEquals(meal.withinTolerance() ? "in band" : "out of band", t.check(), t.toString());
                meals++;
            }
            WorkbookRows.Line d = lines.get(food + meals + days);
            assertEquals("", d.foodId(), d.toString());
            assertEquals("Day total " + day.date(), d.food());
            assertEquals(day.totals().kcal(), d.kcal(), EPS, d.toString());
            assertEquals(day.totals().ratio(), d.ratio(), EPS, d.toString());
            assertEquals(day.totals().fatG(), d.fat(), EPS, d.toString());
            days++;
        }
        assertEquals(food + meals + days, lines.size());
    }

    @Test
    void evaluatedFormulasEqualThePlansOwnNumbers() throws Exception {
        Plan plan = PlanFixtures.days(28);
        try (XSSFWorkbook wb = PlanWorkbook.build(plan, Paper.A4, null, false)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertMatchesPlan(plan, WorkbookRows.read(wb));
        }
    }

    @Test
    void storedValuesEqualPoisEvaluationOfEveryFormula() throws Exception {
        Plan plan = PlanFixtures.days(9);
        Food cream = new Food("01053", "Cream", "Dairy", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, 37).build(),
                List.of(new HouseholdMeasure(1, "tbsp", 15)), "", "");
        try (XSSFWorkbook wb = PlanWorkbook.build(plan, Paper.A4, () -> FoodDatabases.of(List.of(cream), "t"), true)) {
            Map<String, Object> stored = new java.util.HashMap<>();
            forEachFormula(wb, (key, c) -> stored.put(key, c.getCachedFormulaResultType() == CellType.STRING
                    ? c.getStringCellValue() : c.getNumericCellValue()));
            // 9 days: 108 food rows x 4 formulas, 45 meal and day totals x 6, the other sheets' formulas
            assertTrue(stored.size() > 800, "formulas: " + stored.size());
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            forEachFormula(wb, (key, c) -> {
                Object want = stored.get(key);
                if (c.getCachedFormulaResultType() == CellType.STRING) {
                    assertEquals(want, c.getStringCellValue(), key);
                } else {
                    assertEquals((Double) want, c.getNumericCellValue(), 1e-9, key);
                }
            });
        }
    }

    private static void forEachFormula(XSSFWorkbook wb,
                                       java.util.function.BiConsumer<String, org.apache.poi.ss.usermodel.Cell> f) {
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        f.accept(sh.getSheetName() + "!" + c.getAddress(), c);
                    }
                }
            }
        }
    }

    @Test
    void cachedValuesAreWrittenSoReadersThatDoNotCalculateSeeNumbers() throws Exception {
        Plan plan = PlanFixtures.days(2);
        try (XSSFWorkbook wb = evaluated(plan, Paper.A4, null)) {
            assertMatchesPlan(plan, WorkbookRows.read(wb));
        }
    }

    @Test
    void headerRowFollowsTheDiaryContract() throws Exception {
        try (XSSFWorkbook wb = evaluated(PlanFixtures.days(28), Paper.A4, null)) {
            assertEquals(List.of("Week 1", "Week 2", "Week 3", "Week 4", "Diary", "Prescription", "Shopping list",
                    "Nutrient check", "Composition"), sheetNames(wb));
            for (int i = 0; i < 4; i++) {
                Sheet sh = wb.getSheetAt(i);
                Map<String, Integer> cols = WorkbookRows.header(sh);
                assertNotNull(cols, sh.getSheetName());
                assertEquals(1, cols.get("#row"));
                assertEquals(cols.get("Planned (g)") + 1, cols.get("Eaten (g)"));
                Row first = sh.getRow(2);
                assertEquals(CellType.NUMERIC, first.getCell(cols.get("Date")).getCellType());
                assertEquals("yyyy-mm-dd", first.getCell(cols.get("Date")).getCellStyle().getDataFormatString());
                assertEquals(CellType.BLANK, first.getCell(cols.get("Eaten (g)")).getCellType());
                // the second food row of a meal carries its date and meal too
                Row second = sh.getRow(3);
                assertEquals("breakfast", second.getCell(cols.get("Meal")).getStringCellValue());
                assertEquals(CellType.NUMERIC, second.getCell(cols.get("Date")).getCellType());
            }
            // 28 days x (3 + 4 + 1 + 4 foods) = 336 food rows
            long foodRows = WorkbookRows.read(wb).stream().filter(l -> !l.foodId().isEmpty()).count();
            assertEquals(336, foodRows);
        }
    }

    @Test
    void shortPlanGetsASheetPerDay() throws Exception {
        try (XSSFWorkbook wb = evaluated(PlanFixtures.days(3), Paper.A4, null)) {
            assertEquals(List.of("2026-12-01", "2026-12-02", "2026-12-03", "Diary", "Prescription", "Shopping list",
                    "Nutrient check", "Composition"), sheetNames(wb));
        }
    }

    @Test
    void changingAWeighedAmountChangesTheRatioAndMarksTheMeal() throws Exception {
        // Day 1 breakfast: egg yolk 15 g, heavy cream 70 g, raspberries 18 g.
        //   yolk: F 15 x 26.54 / 100 = 3.981, P 2.379, C 0.5385; cream: F 25.9, P 1.435, C 1.953;
        //   raspberries: F 0.117, P 0.216, net C 18 x (11.94 - 6.5) / 100 = 0.9792.
        //   F 29.998, P + C = 4.03 + 3.4707 = 7.5007, ratio 29.998 / 7.5007 = 3.99936; kcal 299.9848.
        // Cream 70 -> 80 g adds F 3.7, P 0.205, C 0.279: F 33.698, P + C 7.9847, ratio 33.698 / 7.9847 = 4.22033,
        //   kcal 9 x 33.698 + 4 x 4.235 + 4 x 3.7497 = 335.2208: both outside 4 +/- 0.1 and 300 +/- 5 %.
        Plan plan = PlanFixtures.days(1);
        try (XSSFWorkbook wb = PlanWorkbook.build(plan, Paper.A4, null, false)) {
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            Sheet sh = wb.getSheetAt(0);
            int totalRow = 5; // title, header, three foods
            assertEquals("Total breakfast", sh.getRow(totalRow).getCell(PlanSheet.FOOD).getStringCellValue());
            assertEquals(29.998 / 7.5007, sh.getRow(totalRow).getCell(PlanSheet.RATIO).getNumericCellValue(), 1e-9);
            assertEquals(299.9848, sh.getRow(totalRow).getCell(PlanSheet.KCAL).getNumericCellValue(), 1e-9);
            ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(wb, ev);
            CellReference ratioCell = new CellReference(sh.getSheetName(), totalRow, PlanSheet.RATIO, false, false);
            assertTrue(cf.getConditionalFormattingForCell(ratioCell).isEmpty());

            assertEquals("01053", sh.getRow(3).getCell(PlanSheet.FOOD_ID).getStringCellValue());
            sh.getRow(3).getCell(PlanSheet.PLANNED).setCellValue(80);
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            cf.clearAllCachedValues();
            assertEquals(33.698 / 7.9847, sh.getRow(totalRow).getCell(PlanSheet.RATIO).getNumericCellValue(), 1e-9);
            assertEquals(335.2208, sh.getRow(totalRow).getCell(PlanSheet.KCAL).getNumericCellValue(), 1e-9);
            assertEquals("out of band", sh.getRow(totalRow).getCell(PlanSheet.CHECK).getStringCellValue());
            assertFalse(cf.getConditionalFormattingForCell(ratioCell).isEmpty());
            CellReference kcalCell = new CellReference(sh.getSheetName(), totalRow, PlanSheet.KCAL, false, false);
            assertFalse(cf.getConditionalFormattingForCell(kcalCell).isEmpty());
        }
    }

    @Test
    void shoppingListTotalsThePeriodAndCountsHouseholdMeasures() throws Exception {
        Food cream = new Food("01053", "Cream, fluid, heavy whipping", "Dairy", Basis.GRAM,
                Nutrients.builder().set(Nutrient.FAT, 37).build(),
                List.of(new HouseholdMeasure(1, "cup, fluid", 238), new HouseholdMeasure(1, "tbsp", 15)), "", "");
        FoodDatabase db = FoodDatabases.of(List.of(cream), "test");
        try (XSSFWorkbook wb = evaluated(PlanFixtures.days(28), Paper.A4, db)) {
            Sheet sh = wb.getSheet("Shopping list");
            Row header = sh.getRow(1);
            assertEquals("Total", header.getCell(7).getStringCellValue());
            Row creamRow = sh.getRow(2);
            assertEquals("01053", creamRow.getCell(0).getStringCellValue());
            // 70 g at every breakfast: 7 x 70 = 490 g a week, 28 x 70 = 1960 g in all = 1960 / 238 = 8.235 cups
            assertEquals(490, creamRow.getCell(3).getNumericCellValue(), EPS);
            assertEquals(1960, creamRow.getCell(7).getNumericCellValue(), EPS);
            assertEquals("1 cup, fluid = 238 g", creamRow.getCell(8).getStringCellValue());
            assertEquals(1960.0 / 238, creamRow.getCell(9).getNumericCellValue(), EPS);
            Row butter = sh.getRow(3);
            assertEquals("01001", butter.getCell(0).getStringCellValue());
            // 20 g a day (lunch dish, at lunch or dinner) = 560 g
            assertEquals(560, butter.getCell(7).getNumericCellValue(), EPS);
            assertEquals("(weigh it; no household measure known)", butter.getCell(8).getStringCellValue());
            // olive oil 12 g + 15 g a day = 27 x 28 = 756 g
            assertEquals(756, sh.getRow(8).getCell(7).getNumericCellValue(), EPS);
        }
    }

    @Test
    void pagesAreSetUpForThePaperWithRepeatedHeadersAndAFooter() throws Exception {
        for (Paper paper : Paper.values()) {
            try (XSSFWorkbook wb = evaluated(PlanFixtures.days(8), paper, null)) {
                for (Sheet sh : wb) {
                    PrintSetup ps = sh.getPrintSetup();
                    assertEquals(paper == Paper.A4 ? PrintSetup.A4_PAPERSIZE : PrintSetup.LETTER_PAPERSIZE,
                            ps.getPaperSize(), sh.getSheetName());
                    assertEquals(1, ps.getFitWidth(), sh.getSheetName());
                    assertEquals(0, ps.getFitHeight(), sh.getSheetName());
                    assertNotNull(sh.getRepeatingRows(), sh.getSheetName());
                    assertEquals("Example Baby", sh.getFooter().getLeft());
                    assertEquals("Page &P of &N", sh.getFooter().getRight());
                    if (!sh.getSheetName().equals("Prescription")) {
                        assertNotNull(sh.getPaneInformation(), sh.getSheetName());
                    }
                }
                assertTrue(wb.getSheet("Week 1").getPrintSetup().getLandscape());
            }
        }
    }

    @Test
    void prescriptionSheetNamesItsSources() throws Exception {
        try (XSSFWorkbook wb = evaluated(PlanFixtures.days(1), Paper.A4, null)) {
            Sheet sh = wb.getSheet("Prescription");
            StringBuilder all = new StringBuilder();
            for (Row row : sh) {
                row.forEach(c -> all.append(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c))
                        .append('|'));
            }
            assertTrue(all.toString().contains("protein|1.5 g/kg/day (fixture)|"), all.toString());
            assertTrue(all.toString().contains("Levetiracetam syrup|08:00, 20:00|"), all.toString());
        }
    }

    @Test
    void smallAmountsShowTheirDecimalsAndTheMedicineCarbohydrateIsExplained() throws Exception {
        // USDA SR24 02029 parsley and 02025 nutmeg (per 100 g); 0.5 g and 0.1 g weighed on a 1 g plan
        PlanFood parsley = PlanFixtures.food("02029", "Parsley, fresh", "g", 0.79, 2.97, 6.33, 3.3, 87.71, 138, 0);
        PlanFood nutmeg = PlanFixtures.food("02025", "Spices, nutmeg, ground", "g", 36.31, 5.84, 49.29, 20.8, 6.23,
                184, 0);
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(PlanFixtures.meal("lunch",
                "12:00", null, "Cream with herbs", List.of(), PlanFixtures.target(300, 30, 4.5, 3),
                PlanFixtures.item(PlanFixtures.CREAM, 70), PlanFixtures.item(parsley, 0.5),
                PlanFixtures.item(nutmeg, 0.1))))), 1, parsley, nutmeg);
        try (XSSFWorkbook wb = evaluated(plan, Paper.A4, null)) {
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
            Sheet day = wb.getSheet("2026-12-01");
            java.util.Map<String, String> shown = new java.util.HashMap<>();
            for (Row row : day) {
                Cell id = row.getCell(PlanSheet.FOOD_ID);
                if (id != null && row.getRowNum() > PlanSheet.HEADER_ROW) {
                    shown.put(f.formatCellValue(id), f.formatCellValue(row.getCell(PlanSheet.PLANNED)));
                }
            }
            // shown as weighed, not rounded to the plan's 1 g step ("1" and "0")
            assertEquals("0.5", shown.get("02029"));
            assertEquals("0.1", shown.get("02025"));
            assertEquals("70", shown.get("01053"));
            // the check beside the target ratio is indented so the two do not run together
            for (Row row : day) {
                Cell check = row.getCell(PlanSheet.CHECK);
                if (check != null && check.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    assertEquals(1, check.getCellStyle().getIndention(), check.getAddress().toString());
                    // an indent is honoured only on a left-aligned cell (LibreOffice ignores it otherwise)
                    assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT,
                            check.getCellStyle().getAlignment(), check.getAddress().toString());
                }
            }
            // the fixture has medicine carbohydrate: the food's own ratio, 100 / (15 + 10) = 4.00, and why
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheet("Prescription")) {
                row.forEach(c -> all.append(f.formatCellValue(c)).append('|'));
            }
            assertTrue(all.toString().contains("Ratio of the food alone|4.00:1|"), all.toString());
            assertTrue(all.toString().contains("The medicines' carbohydrate comes out of the food's allowance"),
                    all.toString());
            // the Composition sheet prints its columns over pages with the food's id and name on each
            Sheet comp = wb.getSheet("Composition");
            int columns = comp.getRow(1).getLastCellNum();
            assertTrue(columns <= 15 * comp.getPrintSetup().getFitWidth(), columns + " columns on "
                    + comp.getPrintSetup().getFitWidth() + " pages");
            assertEquals("A:B", comp.getRepeatingColumns().formatAsString());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
