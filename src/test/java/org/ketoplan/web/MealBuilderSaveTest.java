package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketoplan.app.Application;
import org.ketoplan.cli.CliRun;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlanTotals;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;
import org.ketoplan.safety.SafetyPolicy;

/** The meal builder's "Save into the plan": the amounts as shown become one meal of plan.json, checked. */
class MealBuilderSaveTest extends ServedFolder {

    private static String[] form(String date, String slot, boolean outOfBand, String... foodAmount) {
        List<String> f = new ArrayList<>(List.of("slot", "breakfast", "plan_date", date, "plan_slot", slot));
        for (int i = 0; i < foodAmount.length; i += 2) {
            f.addAll(List.of("food", foodAmount[i], "amount", foodAmount[i + 1]));
        }
        if (outOfBand) {
            f.addAll(List.of("out_of_band", "yes"));
        }
        return f.toArray(String[]::new);
    }

    @Test
    void theBuildersAmountsBecomeThePlannedMealWithTotalsByHand() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        Plan before = PlanFile.read(p.resolve("plan.json"));
        // The meal of `meal --food 01053 --food 01145 --food 05064 --food 11090` for this breakfast (300 kcal, 4:1,
        // 5 g protein, 2.5 g net carbohydrate), per 100 g (SR24): cream 01053 fat 37.0, protein 2.05, carb 2.79;
        // butter 01145 81.11 / 0.85 / 0.06; chicken 05064 3.57 / 31.02 / 0; broccoli 11090 0.37 / 2.82 / net 4.04
        // (6.64 - 2.6 fibre). 5 g cream: 1.85 / 0.1025 / 0.1395; 34 g butter: 27.5774 / 0.289 / 0.0204;
        // 10 g chicken: 0.357 / 3.102 / 0; 58 g broccoli: 0.2146 / 1.6356 / 2.3432.
        // fat 29.999, protein 5.1291, carb 2.5031; kcal 9 x 29.999 + 4 x (5.1291 + 2.5031) = 300.5198;
        // ratio 29.999 / 7.6322 = 3.93 (3.90 to 4.10), carb under its ceiling of 2.54.
        WebSession.Response r = s.post("/p/tom/meal/save", form("2026-12-02", "breakfast", false, "01053", "5",
                "01145", "34", "05064", "10", "11090", "58"));
        assertEquals(200, r.status(), r.body());
        Plan after = PlanFile.read(p.resolve("plan.json"));
        PlanDay day = after.days().get(1);
        PlannedMeal m = day.meal("breakfast").orElseThrow();
        assertNull(m.recipeId());
        assertEquals(List.of("01053", "01145", "05064", "11090"), m.foods().stream().map(PlannedFood::id).toList());
        assertEquals(List.of(5.0, 34.0, 10.0, 58.0), m.foods().stream().map(PlannedFood::amount).toList());
        PlanTotals t = m.totals();
        assertEquals(29.999, t.fatG(), 0.001);
        assertEquals(5.1291, t.proteinG(), 0.001);
        assertEquals(2.5031, t.carbG(), 0.001);
        assertEquals(300.5198, t.kcal(), 0.001);
        assertEquals(new PlanTotals(300, 30, 5, 2.5, 4.0), m.target(), "the meal keeps its targets");
        assertTrue(m.withinTolerance());
        // the day's totals are the sum of its four meals; the other meals and the other day are untouched
        assertEquals(day.meals().stream().mapToDouble(x -> x.totals().kcal()).sum(), day.totals().kcal(), 0.01);
        assertEquals(day.meals().stream().mapToDouble(x -> x.totals().fatG()).sum(), day.totals().fatG(), 0.01);
        for (int k = 1; k < 4; k++) {
            assertEquals(before.days().get(1).meals().get(k), day.meals().get(k));
        }
        assertEquals(before.days().get(0), after.days().get(0));
        assertTrue(after.notes().contains("2026-12-02 breakfast: set in the meal builder"), after.notes().toString());
        assertTrue(r.body().contains("breakfast on 2026-12-02 set from the meal builder: 300.5 kcal"), r.body());
        assertTrue(r.body().contains("Plan check"), r.body());
        assertTrue(checked(p).ok(), "plan check passes on the written plan");
        // the meal set in the builder has no recipe: it can be swapped for one, not composed "again"
        var form = Jsoup.parse(r.body()).select("form.mealedit").stream()
                .filter(f -> f.select("input[name=date]").val().equals("2026-12-02")
                        && f.select("input[name=slot]").val().equals("breakfast"))
                .findFirst().orElseThrow();
        assertEquals(1, form.select("button[value=swap]").size());
        assertEquals(0, form.select("button[value=resolve]").size());
    }

    @Test
    void outOfBandIsRefusedWithTheBandNamedUnlessTheBoxIsTicked() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        byte[] plan = Files.readAllBytes(p.resolve("plan.json"));
        // 70 g broccoli instead of 58: net carb 0.1395 + 0.0204 + 0.7 x 4.04 = 2.9879 g, over the ceiling 2.54;
        // fat 29.999 - 0.2146 + 0.7 x 0.37 = 30.0434, protein 5.1291 - 1.6356 + 0.7 x 2.82 = 5.4675, so the ratio
        // 30.0434 / (5.4675 + 2.9879) = 3.55, under 3.90
        String[] meal = {"01053", "5", "01145", "34", "05064", "10", "11090", "70"};
        WebSession.Response r = s.post("/p/tom/meal/save", form("2026-12-02", "breakfast", false, meal));
        assertEquals(400, r.status());
        String alert = Jsoup.parse(r.body()).selectFirst("p.alert").text();
        assertTrue(alert.contains("outside its band: ratio band 3.55 (allowed 3.90 to 4.10), carbohydrate ceiling 2.99 "
                + "(allowed at most 2.54)"), alert);
        assertArrayEquals(plan, Files.readAllBytes(p.resolve("plan.json")), "nothing written");
        assertEquals("70", Jsoup.parse(r.body()).getElementById("amount-11090").val(), "the builder is kept");

        r = s.post("/p/tom/meal/save", form("2026-12-02", "breakfast", true, meal));
        assertEquals(200, r.status(), r.body());
        Plan after = PlanFile.read(p.resolve("plan.json"));
        PlannedMeal m = after.days().get(1).meal("breakfast").orElseThrow();
        assertFalse(m.withinTolerance());
        assertEquals(2.9879, m.totals().carbG(), 0.001);
        assertTrue(after.notes().contains("2026-12-02 breakfast: set in the meal builder, saved although out of "
                + "band: ratio band 3.55 (allowed 3.90 to 4.10), carbohydrate ceiling 2.99 (allowed at most 2.54)"), after.notes().toString());
    }

    @Test
    void badSavesSayWhyAndWriteNothing() throws Exception {
        Fixtures.child(dir, "tom");
        s.post("/p/tom", "name", "Test Child", "age_months", "60", "weight_kg", "18", "prescription.ratio", "4",
                "prescription.kcal", "1200", "prescription.protein_g", "20", "allergies", "milk");
        Path p = dir.resolve("tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        byte[] plan = Files.readAllBytes(p.resolve("plan.json"));
        CliRun cli = CliRun.of("meal", "--patient", p.resolve("patient.yaml").toString(), "--meal",
                "breakfast", "--food", "01053", "--food", "05064");
        assertEquals(2, cli.code());
        String[][] cases = {
            form("2026-12-02", "breakfast", true, "01053", "5", "05064", "10"),
            form("2027-01-09", "breakfast", true, "05064", "10"),
            form("2026-12-02", "elevenses", true, "05064", "10"),
            form("2026-12-02", "breakfast", true, "05064", "0"),
            form("2026-12-02", "breakfast", true, "05064", "-3"),
            form("2026-12-02", "breakfast", true, "nosuch", "3"),
        };
        String[] said = {
            cli.errLines()[0].replaceFirst("^error: ", ""),
            "date: 2027-01-09 is outside the plan (2026-12-01 to 2026-12-02)",
            "meal: the plan has no meal 'elevenses' on 2026-12-02",
            "meal: it has no food above 0 g to save",
            "amount of 05064: must not be negative (-3)",
            "food: unknown food 'nosuch'",
        };
        for (int i = 0; i < cases.length; i++) {
            WebSession.Response r = s.post("/p/tom/meal/save", cases[i]);
            assertEquals(400, r.status(), said[i]);
            assertTrue(r.body().contains(said[i].replace("'", "&#39;")) || r.body().contains(said[i]),
                    said[i] + " in " + r.body());
            assertArrayEquals(plan, Files.readAllBytes(p.resolve("plan.json")), said[i]);
        }
    }

    private static org.ketoplan.plan.PlanCheck.Result checked(Path p) {
        return new Application(org.ketoplan.app.Workspace.shipped()).planChecks().check(p.resolve("plan.json"),
                false, null, false, SafetyPolicy.Options.NONE).result();
    }
}
