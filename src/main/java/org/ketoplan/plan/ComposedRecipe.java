package org.ketoplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Portion;
import org.ketoplan.recipe.Recipe;

/**
 * A recipe composed to a meal's target: the composer's meal (counted foods) and the uncounted seasonings and water.
 *
 * @param recipe the recipe (unscaled)
 * @param meal the composed counted foods with their bands
 * @param uncounted seasonings and water at their scaled amounts
 */
public record ComposedRecipe(Recipe recipe, ComposedMeal meal, List<Portion> uncounted) {
    /** Copies the list. */
    public ComposedRecipe {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(meal, "meal");
        uncounted = List.copyOf(uncounted);
    }

    /** Every food of the meal: the counted ones in recipe order, then the uncounted ones. */
    public List<Portion> portions() {
        List<Portion> all = new ArrayList<>(meal.portions());
        all.addAll(uncounted);
        return all;
    }

    /** The composed meal with the uncounted foods added to its portions (the totals and bands do not change). */
    public ComposedMeal withUncounted() {
        return new ComposedMeal(portions(), meal.bands(), meal.step(), meal.method());
    }
}
