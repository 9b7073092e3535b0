package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ketoplan.app.Application;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlanTotals;
import org.ketoplan.plan.PlannedMeal;
import org.ketoplan.safety.SafetyPolicy;

/** The plan page's meal swap and "compose again": one meal changed, the rest kept, and plan check passes. */
class PlanEditTest extends ServedFolder {

    @Test
    void swappingABreakfastComposesTheNewRecipeToThatMealsTargets() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "3", "start", "2026-12-01");
        Plan before = PlanFile.read(p.resolve("plan.json"));
        assertEquals("ketocal-lq-with-milk", before.days().get(1).meals().get(0).recipeId());

        WebSession.Response r = s.post("/p/tom/plan/meal", "date", "2026-12-02", "slot", "breakfast", "week", "1",
                "action", "swap", "recipe", "egg-yolk-custard");
        assertEquals(200, r.status(), r.body());
        Plan after = PlanFile.read(p.resolve("plan.json"));
        PlannedMeal m = after.days().get(1).meals().get(0);
        assertEquals("egg-yolk-custard", m.recipeId());
        // The child's day: 1200 kcal at 4:1 with 20 g protein: 40 kcal per gram of (protein + carbohydrate)
        // (4 x 9 + 4), so 30 g of it (20 protein, 10 carbohydrate) and 120 g fat; 4 meals share it equally:
        // 300 kcal, 30 g fat, 5 g protein, 2.5 g carbohydrate each. The swap keeps that meal's targets.
        assertEquals(new PlanTotals(300, 30, 5, 2.5, 4.0), m.target());
        PlanTotals t = m.totals();
        // within the plan's bands: ratio 4 +- 0.1, 300 kcal +- 5 % (285 to 315)
        double ratio = t.fatG() / (t.proteinG() + t.carbG());
        assertTrue(Math.abs(ratio - 4) <= 0.1 + 1e-9, "ratio " + ratio);
        assertTrue(t.kcal() >= 285 && t.kcal() <= 315, "kcal " + t.kcal());
        // kcal from the macros: 9 per g fat, 4 per g protein and carbohydrate
        assertEquals(9 * t.fatG() + 4 * (t.proteinG() + t.carbG()), t.kcal(), 0.01);
        assertTrue(m.withinTolerance());
        // the other meals and days are untouched; the day's totals are its 4 meals'
        for (int k = 1; k < 4; k++) {
            assertEquals(before.days().get(1).meals().get(k), after.days().get(1).meals().get(k));
        }
        assertEquals(before.days().get(0), after.days().get(0));
        assertEquals(before.days().get(2), after.days().get(2));
        double dayKcal = after.days().get(1).meals().stream().mapToDouble(x -> x.totals().kcal()).sum();
        assertEquals(dayKcal, after.days().get(1).totals().kcal(), 0.01);
        assertTrue(after.notes().contains("2026-12-02 breakfast: swapped from ketocal-lq-with-milk to "
                + "egg-yolk-custard"), after.notes().toString());

        assertTrue(r.body().contains("breakfast on 2026-12-02 swapped to " + m.recipeName()), r.body());
        assertTrue(r.body().contains("Plan check"), r.body());
        assertTrue(checked(p).ok(), "plan check passes on the written plan");
    }

    @Test
    void composingAgainGivesThePlannersGramsAndPassesTheCheck() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        Plan before = PlanFile.read(p.resolve("plan.json"));
        WebSession.Response r = s.post("/p/tom/plan/meal", "date", "2026-12-01", "slot", "lunch", "week", "1",
                "action", "resolve");
        assertEquals(200, r.status(), r.body());
        Plan after = PlanFile.read(p.resolve("plan.json"));
        // the composer is deterministic: the same recipe to the same targets gives the planner's grams again
        assertEquals(before.days().get(0).meal("lunch").orElseThrow().foods(),
                after.days().get(0).meal("lunch").orElseThrow().foods());
        assertEquals(before.days(), after.days());
        assertTrue(r.body().contains("lunch on 2026-12-01 composed again: "), r.body());
        assertTrue(checked(p).ok());
    }

    @Test
    void badSwapsSayWhyAndWriteNothing() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        byte[] plan = Files.readAllBytes(p.resolve("plan.json"));
        String[][] cases = {
            {"2026-12-09", "breakfast", "swap", "egg-yolk-custard",
                "date: 2026-12-09 is outside the plan (2026-12-01 to 2026-12-02)"},
            {"2026-12-01", "elevenses", "swap", "egg-yolk-custard", "meal: the plan has no meal 'elevenses' on"},
            {"2026-12-01", "breakfast", "swap", "no-such-recipe", "no-such-recipe"},
            {"2026-12-01", "breakfast", "swap", "cauliflower-cheese", "is not a breakfast recipe"},
            {"next tuesday", "breakfast", "resolve", "", "date: 'next tuesday' is not a date (YYYY-MM-DD)"},
        };
        for (String[] c : cases) {
            WebSession.Response r = s.post("/p/tom/plan/meal", "date", c[0], "slot", c[1], "week", "1",
                    "action", c[2], "recipe", c[3]);
            assertEquals(400, r.status(), String.join(" ", c));
            assertTrue(r.body().contains(c[4]), c[4] + " in " + r.body());
            assertArrayEquals(plan, Files.readAllBytes(p.resolve("plan.json")));
        }
    }

    private static org.ketoplan.plan.PlanCheck.Result checked(Path p) {
        return new Application(org.ketoplan.app.Workspace.shipped()).planChecks().check(p.resolve("plan.json"),
                false, null, false, SafetyPolicy.Options.NONE).result();
    }
}
