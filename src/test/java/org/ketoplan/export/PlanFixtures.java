package org.ketoplan.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlanPatient;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlanSlot;
import org.ketoplan.plan.PlanTolerances;
import org.ketoplan.plan.PlanTotals;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;
import org.ketoplan.prescription.MealTarget;

/**
 * Realistic plans built in code for the export tests: a 1000 kcal/day 4:1 prescription (net carbohydrate),
 * 4 meals a day, foods with USDA SR-like composition. Every food's macros are grams x per100 / 100 and every kcal
 * is 9F + 4P + 4C, so a test can recompute any number the way a dietitian would.
 *
 * <p>Prescription arithmetic (by hand): 1000 kcal at 4:1 is 1000 / (9 x 4 + 4) = 25 dietary units; fat 4 x 25 =
 * 100 g; protein + carbohydrate 25 g, of which protein 15 g and carbohydrate 10 g. Meals: breakfast, lunch and
 * dinner 300 kcal (7.5 units: fat 30, protein 4.5, carb 3), snack 100 kcal (2.5 units: fat 10, protein 1.5,
 * carb 1).
 */
public final class PlanFixtures {
    /** The first day of every fixture plan. */
    public static final LocalDate START = LocalDate.of(2026, 12, 1);

    // Composition per 100 g (ml for the LQ), after USDA SR (fat, protein, total carbohydrate, fibre, water,
    // calcium, vitamin D); the micronutrients are only used to build the day checks.
    public static final PlanFood CREAM = food("01053", "Cream, fluid, heavy whipping", "g",
            37.0, 2.05, 2.79, 0, 57.71, 65, 1.6);
    public static final PlanFood BUTTER = food("01001", "Butter, salted", "g", 81.11, 0.85, 0.06, 0, 15.87, 24, 1.5);
    public static final PlanFood YOLK = food("01125", "Egg, yolk, raw, fresh", "g", 26.54, 15.86, 3.59, 0, 52.31,
            129, 5.4);
    public static final PlanFood CHICKEN = food("05064", "Chicken, broilers or fryers, breast, meat only, cooked, "
            + "roasted", "g", 3.57, 31.02, 0, 0, 65.26, 15, 0.1);
    public static final PlanFood BROCCOLI = food("11090", "Broccoli, raw", "g", 0.37, 2.82, 6.64, 2.6, 89.3, 47, 0);
    public static final PlanFood RASPBERRIES = food("09302", "Raspberries, raw", "g", 0.65, 1.2, 11.94, 6.5, 85.75,
            25, 0);
    public static final PlanFood OLIVE_OIL = food("04053", "Oil, olive, salad or cooking", "g", 100, 0, 0, 0, 0, 1,
            0);
    /** A user food whose name needs more than the standard PDF fonts' basic Latin. */
    public static final PlanFood CREME_FRAICHE = food("creme-fraiche", "Crème fraîche, full fat (Ελληνικό)", "g",
            40.0, 2.4, 2.6, 0, 54, 80, 0.2);
    public static final PlanFood KETOCAL_LQ = food("ketocal-4to1-lq", "KetoCal 4:1 LQ, ready to drink (Nutricia)",
            "ml", 14.8, 3.09, 0.61, 0, 0, 0, 0);

    private PlanFixtures() {
    }

    /** A plan of {@code days} days from {@link #START}, weighed at 1 g. */
    public static Plan days(int days) {
        List<PlanDay> list = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = START.plusDays(i);
            boolean b = i % 2 == 1; // menu B swaps lunch and dinner dishes
            list.add(day(date, List.of(
                    meal("breakfast", "07:30", "yolk-custard", "Egg yolk custard with raspberries",
                            List.of("Whisk the yolk into the cream.", "Warm gently until it thickens.",
                                    "Serve with the raspberries."),
                            target(300, 30, 4.5, 3), item(YOLK, 15), item(CREAM, 70), item(RASPBERRIES, 18)),
                    b ? dinnerDish("lunch", "12:00") : lunchDish("lunch", "12:00"),
                    meal("snack", "15:30", null, "KetoCal LQ", List.of("Shake well."), target(100, 10, 1.5, 1),
                            item(KETOCAL_LQ, 68)),
                    b ? lunchDish("dinner", "18:00") : dinnerDish("dinner", "18:00"))));
        }
        return plan(list, 1);
    }

    private static PlannedMeal lunchDish(String slot, String time) {
        return meal(slot, time, "chicken-broccoli-butter", "Chicken and broccoli with butter",
                List.of("Steam the broccoli.", "Chop the chicken finely.", "Melt the butter and oil over both."),
                target(300, 30, 4.5, 3), item(CHICKEN, 17), item(BROCCOLI, 25), item(BUTTER, 20),
                item(OLIVE_OIL, 12));
    }

    private static PlannedMeal dinnerDish(String slot, String time) {
        return meal(slot, time, "chicken-creme-fraiche", "Chicken in crème fraîche",
                List.of("Warm the chicken in the crème fraîche.", "Stir in the oil; serve with the broccoli."),
                target(300, 30, 4.5, 3), item(CHICKEN, 14), item(BROCCOLI, 20), item(CREME_FRAICHE, 36),
                item(OLIVE_OIL, 15));
    }

    /** A plan of the given days with the fixture's patient and prescription, weighed at {@code step} grams. */
    public static Plan plan(List<PlanDay> days, double step, PlanFood... extra) {
        List<PlanFood> foods = new ArrayList<>(List.of(CREAM, BUTTER, YOLK, CHICKEN, BROCCOLI, RASPBERRIES,
                OLIVE_OIL, CREME_FRAICHE, KETOCAL_LQ));
        foods.addAll(List.of(extra));
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("energy", "given by the dietitian (fixture)");
        sources.put("ratio", "given by the dietitian (fixture)");
        sources.put("protein", "1.5 g/kg/day (fixture)");
        return new Plan(Plan.FORMAT_VERSION, "fixture-foods/1", 42,
                new PlanPatient("Example Baby", LocalDate.of(2025, 12, 10), 11.7, 9.5, "Europe/London", List.of()),
                new PlanPrescription(1000, 4, 100, 15, 10, CarbConvention.NET, 0.24, 950,
                        List.of(slot("breakfast", "07:30", "meal", 300), slot("lunch", "12:00", "meal", 300),
                                slot("snack", "15:30", "snack", 100), slot("dinner", "18:00", "meal", 300)),
                        List.of(new PlanMedicine("Levetiracetam syrup", 120, 2, List.of("08:00", "20:00"))),
                        sources),
                new PlanTolerances(0.1, 0.05, step), foods, days, List.of("fixture plan"));
    }

    private static PlanSlot slot(String name, String time, String kind, double kcal) {
        double units = kcal / 40; // 9 x 4 + 4 = 40 kcal per unit at 4:1
        return new PlanSlot(time, org.ketoplan.plan.MealKind.of(kind),
                new MealTarget(name, kcal, 4, 4 * units, 0.6 * units, 0.4 * units, CarbConvention.NET));
    }

    /** A meal target at 4:1. */
    public static PlanTotals target(double kcal, double fat, double protein, double carb) {
        return new PlanTotals(kcal, fat, protein, carb, fat / (protein + carb));
    }

    /** A food and its amount. */
    public record Item(PlanFood food, double amount) {
    }

    /** {@code amount} of {@code food}. */
    public static Item item(PlanFood food, double amount) {
        return new Item(food, amount);
    }

    /** A meal whose foods' macros and totals are computed from the amounts (net carbohydrate, 9/4/4). */
    public static PlannedMeal meal(String slot, String time, String recipeId, String recipeName,
                                   List<String> directions, PlanTotals target, Item... items) {
        List<PlannedFood> foods = new ArrayList<>();
        double f = 0;
        double p = 0;
        double c = 0;
        for (Item it : items) {
            PlannedFood pf = planned(it.food(), it.amount());
            foods.add(pf);
            f += pf.fatG();
            p += pf.proteinG();
            c += pf.carbG();
        }
        PlanTotals totals = totals(f, p, c);
        boolean within = Math.abs(totals.ratio() - target.ratio()) <= 0.1 + 1e-9
                && Math.abs(totals.kcal() - target.kcal()) <= target.kcal() * 0.05 + 1e-9;
        return new PlannedMeal(slot, time, recipeId, recipeName, directions, target, foods, totals, within);
    }

    /** The planned food: macros = grams x per100 / 100, carbohydrate net of fibre, kcal 9/4/4. */
    public static PlannedFood planned(PlanFood food, double amount) {
        double f = amount * food.per100().orZero(Nutrient.FAT) / 100;
        double p = amount * food.per100().orZero(Nutrient.PROTEIN) / 100;
        double carbPer100 = Math.max(0, food.per100().orZero(Nutrient.CARBOHYDRATE)
                - food.per100().orZero(Nutrient.FIBRE));
        double c = amount * carbPer100 / 100;
        return new PlannedFood(food.id(), food.name(), amount, food.unit(), true, f, p, c, 9 * f + 4 * p + 4 * c);
    }

    static PlanTotals totals(double f, double p, double c) {
        return new PlanTotals(9 * f + 4 * p + 4 * c, f, p, c, p + c > 0 ? f / (p + c) : 0);
    }

    /** A day whose totals are the sums of its meals and whose checks come from the fixture's micronutrients. */
    public static PlanDay day(LocalDate date, List<PlannedMeal> meals) {
        double f = 0;
        double p = 0;
        double c = 0;
        double water = 0;
        double calcium = 0;
        double vitaminD = 0;
        Map<String, PlanFood> byId = new LinkedHashMap<>();
        for (PlanFood pf : List.of(CREAM, BUTTER, YOLK, CHICKEN, BROCCOLI, RASPBERRIES, OLIVE_OIL, CREME_FRAICHE,
                KETOCAL_LQ)) {
            byId.put(pf.id(), pf);
        }
        for (PlannedMeal m : meals) {
            f += m.totals().fatG();
            p += m.totals().proteinG();
            c += m.totals().carbG();
            for (PlannedFood food : m.foods()) {
                if (!byId.containsKey(food.id())) {
                    continue; // a test's own food: no micronutrients
                }
                Nutrients per100 = byId.get(food.id()).per100();
                water += food.amount() * per100.orZero(Nutrient.WATER) / 100;
                calcium += food.amount() * per100.orZero(Nutrient.CALCIUM) / 100;
                vitaminD += food.amount() * per100.orZero(Nutrient.VITAMIN_D) / 100;
            }
        }
        PlanTotals totals = totals(f, p, c);
        // References for 7-12 months (IOM DRI, fixture use only): calcium AI 260 mg, vitamin D AI 10 ug.
        List<DayChecks.NutrientCheck> micro = List.of(
                new DayChecks.NutrientCheck("calcium_mg", "calcium", "mg", calcium, 260, calcium / 260 * 100,
                        calcium < 260),
                new DayChecks.NutrientCheck("vitamin_d_ug", "vitamin D", "ug", vitaminD, 10, vitaminD / 10 * 100,
                        vitaminD < 10));
        return new PlanDay(date, meals, totals,
                new DayChecks(totals.kcal() / 10, totals.proteinG() / 15 * 100, water, 950, micro));
    }

    static PlanFood food(String id, String name, String unit, double fat, double protein, double carb,
                                 double fibre, double water, double calcium, double vitaminD) {
        Nutrients.Builder per100 = Nutrients.builder().set(Nutrient.FAT, fat).set(Nutrient.PROTEIN, protein)
                .set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, fibre);
        if (water > 0) {
            per100.set(Nutrient.WATER, water);
        }
        if (calcium > 0) {
            per100.set(Nutrient.CALCIUM, calcium);
        }
        if (vitaminD > 0) {
            per100.set(Nutrient.VITAMIN_D, vitaminD);
        }
        return new PlanFood(id, name, org.ketoplan.food.Basis.of(unit), per100.build());
    }
}
