package org.ketoplan.plan;

import java.util.List;
import org.ketoplan.common.Mappers;
import org.ketoplan.compose.SolverWarmUp;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.recipe.Recipes;

/**
 * Work a planning command can do while the food database loads on the main thread (the machine has more than one
 * core): load the YAML reader, read the shipped recipes, build the JSON writer for plans, and load and exercise the
 * composer's solver once. It changes no result: the recipes are read once per process anyway, and the warm-up
 * meal and plan are thrown away.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns it. */
    public static Thread start() {
        Thread t = new Thread(WarmUp::run, "ketoplan-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void run() {
        try {
            Mappers.yaml().readTree("warm: up");
            Recipes.shipped();
            Mappers.json().writeValueAsString(tinyPlan());
            SolverWarmUp.run();
        } catch (Exception | LinkageError e) {
            // a warm-up failure is not the user's problem: the command does the same work again and reports it
        }
    }

    /** A one-meal plan, so that the JSON writer has built its serializers for every plan type. */
    private static Plan tinyPlan() {
        PlanTotals t = new PlanTotals(1, 1, 1, 1, 1);
        PlannedMeal meal = new PlannedMeal("meal", "07:00", "r", "r", List.of("Cook."), t,
                List.of(new PlannedFood("f", "f", 1, "g", true, 1, 1, 1, 1)), t, true);
        DayChecks checks = new DayChecks(1, 1, 1, 1, List.of(new DayChecks.NutrientCheck("calcium_mg", "calcium",
                "mg", 1, 1, 1, false, List.of())));
        return new Plan(Plan.FORMAT_VERSION, "", 1, new PlanPatient("p", null, 1, 1, null, List.of()),
                new PlanPrescription(1, 1, 1, 1, 1, CarbConvention.NET, 0, 1,
                        List.of(new PlanSlot("meal", "07:00", "meal", 1, 1, 1, 1, 1)),
                        List.of(new PlanMedicine("m", 1, 1, List.of("08:00"))), java.util.Map.of("a", "b")),
                new PlanTolerances(0.1, 5, 1), List.of(new PlanFood("f", "f", "g", java.util.Map.of("fat_g", 1.0))),
                List.of(new PlanDay(java.time.LocalDate.of(2026, 1, 1), List.of(meal), t, checks)), List.of());
    }
}
