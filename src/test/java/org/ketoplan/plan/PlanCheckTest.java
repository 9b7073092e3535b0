package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.recipe.Recipes;

/** A plan checked against a food database in which the cream was reformulated. */
class PlanCheckTest {
    static FoodDatabase foods;
    static Plan plan;

    @BeforeAll
    static void load() {
        foods = PlanFixtures.shippedFoods();
        plan = new MenuPlanner(foods, Recipes.shipped()).plan(PlanFixtures.patient(PlanFixtures.FOUR_MEALS_INFANT),
                new MenuPlanner.Settings(LocalDate.of(2026, 12, 1), 7, 1, 1, Tolerances.DEFAULT));
    }

    /** The shipped foods with heavy cream (01053) at 45 g fat per 100 g instead of 37. */
    static FoodDatabase richerCream() {
        List<Food> all = new ArrayList<>();
        for (Food f : foods.all()) {
            if (f.id().equals("01053")) {
                Nutrients.Builder b = Nutrients.builder();
                f.per100().known().forEach(b::set);
                b.set(Nutrient.FAT, 45.0);
                f = new Food(f.id(), f.name(), f.group(), f.basis(), b.build(), f.measures(), f.source(), f.note());
            }
            all.add(f);
        }
        return FoodDatabases.of(all, "reformulated");
    }

    @Test
    void theSameDatabaseFindsNothing() {
        PlanCheck.Result r = PlanCheck.check(plan, foods);
        assertTrue(r.ok());
        assertTrue(r.changedFoods().isEmpty());
        assertTrue(r.mealsOutOfBand().isEmpty());
    }

    @Test
    void aReformulatedCreamIsListedWithTheMealsItPushedOutOfBand() {
        PlanCheck.Result r = PlanCheck.check(plan, richerCream());
        assertFalse(r.ok());
        assertEquals(1, r.changedFoods().size());
        assertEquals("01053", r.changedFoods().get(0).id());
        assertEquals(List.of("fat_g 37 -> 45"), r.changedFoods().get(0).changes());
        assertFalse(r.mealsOutOfBand().isEmpty());
        for (PlanCheck.MealChange m : r.mealsOutOfBand()) {
            PlannedMeal meal = plan.day(m.date()).orElseThrow().meal(m.slot()).orElseThrow();
            // 8 g more fat per 100 g of cream: the meal's fat rises by 0.08 x its cream grams
            double cream = meal.foods().stream().filter(f -> f.id().equals("01053")).mapToDouble(PlannedFood::amount)
                    .sum();
            assertTrue(cream > 0, m.toString());
            assertEquals(meal.totals().fatG() + 0.08 * cream, m.now().fatG(), 0.002);
            double ratio = m.now().fatG() / (m.now().proteinG() + m.now().carbG());
            assertTrue(ratio > m.ratioHigh() || m.now().kcal() > m.kcalHigh(), m.toString());
        }
        // meals without cream are never listed
        for (PlanDay d : plan.days()) {
            for (PlannedMeal meal : d.meals()) {
                if (meal.foods().stream().noneMatch(f -> f.id().equals("01053"))) {
                    assertTrue(r.mealsOutOfBand().stream().noneMatch(c -> c.date().equals(d.date())
                            && c.slot().equals(meal.slot())));
                }
            }
        }
    }

    @Test
    void fixComposesTheMealsAgainWithTheSameRecipe() {
        FoodDatabase richer = richerCream();
        PlanCheck.Result r = PlanCheck.check(plan, richer);
        Plan fixed = PlanCheck.fix(plan, r, richer, Recipes.shipped());
        assertEquals("reformulated", fixed.foodDataVersion());
        assertEquals(45.0, fixed.foodsById().get("01053").per100().amount(Nutrient.FAT).getAsDouble());
        PlanCheck.Result again = PlanCheck.check(fixed, richer);
        assertTrue(again.ok(), again.toString());
        assertTrue(again.changedFoods().isEmpty());
        for (int d = 0; d < plan.days().size(); d++) {
            for (int m = 0; m < plan.days().get(d).meals().size(); m++) {
                assertEquals(plan.days().get(d).meals().get(m).recipeId(), fixed.days().get(d).meals().get(m)
                        .recipeId());
                assertTrue(fixed.days().get(d).meals().get(m).withinTolerance());
            }
        }
    }
}
