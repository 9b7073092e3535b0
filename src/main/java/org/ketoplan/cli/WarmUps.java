package org.ketoplan.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.Mappers;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.MealKind;
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
import org.ketoplan.recipe.Recipes;

/**
 * Start-up work the entry point does on a second thread while the command reads its inputs on the first (the machine
 * has more than one core): for the composing commands, load and exercise the solver (ojAlgo's classes cost about
 * 130 ms on a cold JVM); for {@code plan}, also the YAML reader, the shipped recipes and the JSON writer of plans.
 * Nothing here changes a result: the warm-up meal and plan are thrown away, and a failure is left for the command
 * to meet and report. The domain knows nothing of it.
 */
final class WarmUps {
    private WarmUps() {
    }

    /** Starts the warm-up the command {@code args} names needs, on a daemon thread; none for other commands. */
    static void start(String... args) {
        Runnable work = work(args);
        if (work != null) {
            Thread t = new Thread(() -> {
                try {
                    work.run();
                } catch (RuntimeException | LinkageError e) {
                    // the command does the same work for real and reports any problem itself
                }
            }, "ketoplan-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The warm-up for the command of {@code args}, or null. */
    static Runnable work(String... args) {
        List<String> words = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            words.add(a);
        }
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        if (first.equals("meal") || first.equals("formula")
                || first.equals("recipe") && words.size() > 1 && words.get(1).equals("fit")) {
            return WarmUps::composeOneMeal;
        }
        if (first.equals("plan") && !(words.size() > 1 && words.get(1).equals("check"))) {
            return WarmUps::plan;
        }
        return null;
    }

    /** The YAML reader, the shipped recipes, the JSON writer for every plan type, and the solver. */
    static void plan() {
        try {
            Mappers.yaml().readTree("warm: up");
            Recipes.shipped();
            Mappers.json().writeValueAsString(tinyPlan());
        } catch (java.io.IOException e) {
            // left for the command
        }
        composeOneMeal();
    }

    /** Composes one small fixed meal and forgets it. */
    static void composeOneMeal() {
        // per 100 g, USDA SR24: 01053 heavy cream, 01125 egg yolk, 01145 butter
        Food cream = food("warm-up-cream", 37.0, 2.05, 2.79);
        Food yolk = food("warm-up-yolk", 26.54, 15.86, 3.59);
        Food butter = food("warm-up-butter", 81.11, 0.85, 0.06);
        new MealComposer().compose(MealRequest.of(MealTarget.of("warm-up", 160, 4, 2.4, CarbConvention.NET),
                List.of(Ingredient.free(cream).preferring(22), Ingredient.free(yolk).preferring(17),
                        Ingredient.between(butter, 0, 10).preferring(4))));
    }

    private static Food food(String id, double fat, double protein, double carb) {
        return new Food(id, id, "", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, fat)
                .set(Nutrient.PROTEIN, protein).set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, 0).build(),
                List.of(), "USDA SR24", "");
    }

    /** A one-meal plan, so that the JSON writer builds its serializers for every plan type. */
    private static Plan tinyPlan() {
        PlanTotals t = new PlanTotals(1, 1, 1, 1, 1);
        PlannedMeal meal = new PlannedMeal("meal", "07:00", "r", "r", List.of("Cook."), t,
                List.of(new PlannedFood("f", "f", 1, Basis.GRAM, true, 1, 1, 1, 1)), t, true);
        DayChecks checks = new DayChecks(1, 1, 1, 1, List.of(new DayChecks.NutrientCheck("calcium_mg", "calcium",
                "mg", 1, 1, 1, false, List.of())));
        return new Plan(Plan.FORMAT_VERSION, "", 1, new PlanPatient("p", null, 1, 1, null, List.of()),
                new PlanPrescription(1, 1, 1, 1, 1, CarbConvention.NET, 0, 1,
                        List.of(new PlanSlot("07:00", MealKind.MEAL,
                                new MealTarget("meal", 1, 1, 1, 1, 1, CarbConvention.NET))),
                        List.of(new PlanMedicine("m", 1, 1, List.of("08:00"))), Map.of("a", "b")),
                new PlanTolerances(0.1, 0.05, 1), List.of(new PlanFood("f", "f", Basis.GRAM,
                        Nutrients.builder().set(Nutrient.FAT, 1).build())),
                List.of(new PlanDay(LocalDate.of(2026, 1, 1), List.of(meal), t, checks)), List.of());
    }
}
