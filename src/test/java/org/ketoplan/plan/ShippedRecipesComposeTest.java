package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.recipe.Slot;

/**
 * Every shipped recipe can be composed to a realistic meal, and the planner never needs the mixed-integer
 * fallback: where the rounding search finds no amounts, the integer program finds none either.
 */
class ShippedRecipesComposeTest {
    @Test
    void everyShippedRecipeComposesForARealisticMeal() {
        FoodDatabase foods = PlanFixtures.shippedFoods();
        CompositionCache cache = new CompositionCache(foods, false);
        // meals of 9-month-olds to 4-year-olds (107 to 330 kcal) at 3:1 and 4:1, snacks of 100 kcal at 2:1 and 3:1;
        // protein 1.5, 2 or 2.4 g per 100 kcal (1.5 is the default, pubmed 24309243; 2 is 1.4 g/kg for a toddler
        // at 70 kcal/kg and about what KetoCal brings; a carbohydrate-free feed such as RCF with Liquigen composes
        // only at 4:1 with nearly all the units as protein, 2.4 of 2.5 g per 100 kcal), net carbohydrate
        double[][] targets = {{107, 4}, {160, 4}, {160, 3}, {220, 4}, {250, 3}, {330, 3}, {100, 3}, {100, 2},
            {480, 3}, {480, 4}};
        double[] proteinPer100 = {1.5, 2, 2.4};
        List<String> none = new ArrayList<>();
        for (Recipe r : Recipes.shipped().all()) {
            boolean fits = false;
            for (double[] t : targets) {
                for (double p : proteinPer100) {
                    MealTarget target = MealTarget.of("meal", t[0], t[1], p * t[0] / 100, CarbConvention.NET);
                    CompositionCache.Outcome o = cache.get(r, target, 1, Tolerances.DEFAULT);
                    fits |= o.ok() && o.meal().meal().withinTolerance();
                }
            }
            if (!fits) {
                none.add(r.id());
            }
        }
        assertTrue(none.isEmpty(), "no realistic meal composes for " + none);
    }

    @Test
    void noMealOfThreeChildrensPlansNeedsTheIntegerFallback() {
        // 3 months 6 kg at 3:1 (six feeds), 9 months 8 kg at 4:1 (four feeds, three meals), 2 years 12 kg at 3:1
        // (four meals), each at the ramp's 1:1 to 4:1: every recipe that suits a slot (or the day's feeds) composed
        // as the planner composes it. Where the rounding finds nothing between the scale's steps, the integer
        // program (up to 1 s each) must find nothing either.
        FoodDatabase foods = PlanFixtures.shippedFoods();
        RecipeLibrary library = Recipes.shipped();
        MealComposer rounding = new MealComposer(false);
        MealComposer integer = new MealComposer();
        List<String> missed = new ArrayList<>();
        int composed = 0;
        for (String yaml : List.of(
                "name: A\nage_months: 3\nweight_kg: 6\nprescription: {ratio: 3}\n",
                "name: B\nage_months: 9\nweight_kg: 8\nprescription: {ratio: 4}\n",
                "name: C\nage_months: 24\nweight_kg: 12\nprescription: {ratio: 3}\n")) {
            Patient p = PlanFixtures.patient(yaml);
            for (DailyPrescription rx : Prescriber.ramp(p, LocalDate.of(2026, 12, 1), List.of(1.0, 2.0, 3.0, 4.0))) {
                List<PlanParts.SlotPlan> slots = PlanParts.slots(rx);
                List<PlanParts.SlotPlan> feeds = slots.stream().filter(s -> s.recipeSlot() == Slot.FEED).toList();
                List<MealTarget> targets = new ArrayList<>();
                List<Slot> kinds = new ArrayList<>();
                for (PlanParts.SlotPlan s : slots) {
                    if (s.recipeSlot() != Slot.FEED) {
                        targets.add(s.target());
                        kinds.add(s.recipeSlot());
                    }
                }
                if (!feeds.isEmpty()) {
                    targets.add(FeedDay.batchTarget(feeds, rx.carbs()));
                    kinds.add(Slot.FEED);
                }
                AmountLimits limits = MenuPlanner.limits(rx.weightKg(), null);
                for (int k = 0; k < targets.size(); k++) {
                    for (Recipe r : library.all()) {
                        if (!r.suits(kinds.get(k)) || !r.suitsAge(rx.ageMonths())) {
                            continue;
                        }
                        RecipeMeal m = RecipeMeals.request(r, targets.get(k), foods, 1, Tolerances.DEFAULT,
                                kinds.get(k) == Slot.FEED ? limits.withoutCaps() : limits);
                        try {
                            m.compose(rounding);
                            composed++;
                        } catch (NoSolutionException e) {
                            if (e.getMessage().contains("fall between the scale's")) {
                                try {
                                    integer.composeByIntegerProgram(m.request(), 1_000);
                                    missed.add(p.name() + " " + targets.get(k).name() + " at "
                                            + rx.prescribedRatio() + ": " + r.id());
                                } catch (NoSolutionException alsoNone) {
                                    // neither finds amounts: the recipe is not this meal's
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(composed > 200, "only " + composed + " recipe meals compose");
        assertEquals(List.of(), missed, "the rounding search missed meals the integer program found");
    }
}
