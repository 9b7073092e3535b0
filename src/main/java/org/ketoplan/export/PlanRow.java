package org.ketoplan.export;

import java.time.LocalDate;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * One food of one meal of one day, flattened for CSV and JSON.
 *
 * @param date the day
 * @param meal the slot's name
 * @param time "HH:MM", or empty
 * @param recipe the recipe's name, or empty
 * @param foodId the food's id
 * @param food the food's name
 * @param grams the amount to weigh (grams, or ml when {@code unit} is "ml")
 * @param unit "g" or "ml"
 * @param counted false for a seasoning left out of the macros
 * @param fatG fat supplied
 * @param proteinG protein supplied
 * @param carbG carbohydrate supplied, by the plan's convention
 * @param kcal energy supplied (9/4/4)
 */
public record PlanRow(LocalDate date, String meal, String time, String recipe, String foodId, String food,
                      double grams, String unit, boolean counted, double fatG, double proteinG, double carbG,
                      double kcal) {

    /** The rows of {@code plan}, in day, meal and food order. */
    public static java.util.List<PlanRow> of(Plan plan) {
        java.util.List<PlanRow> rows = new java.util.ArrayList<>();
        for (PlanDay day : plan.days()) {
            for (PlannedMeal meal : day.meals()) {
                for (PlannedFood f : meal.foods()) {
                    rows.add(new PlanRow(day.date(), meal.slot(), meal.time() == null ? "" : meal.time(),
                            meal.recipeName() == null ? "" : meal.recipeName(), f.id(),
                            f.name() == null ? f.id() : f.name(), f.amount(), f.unit().unit(), f.counted(), f.fatG(),
                            f.proteinG(), f.carbG(), f.kcal()));
                }
            }
        }
        return rows;
    }
}
