package org.ketoplan.plan;

import java.util.List;
import java.util.Objects;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.Portion;
import org.ketoplan.recipe.Recipe;

/**
 * A recipe made ready for the composer: the request for its counted foods, and the foods left out of the count
 * (seasonings, water) at their scaled amounts.
 *
 * @param recipe the recipe (unscaled)
 * @param request the composer's request
 * @param uncounted seasonings and water, not counted in the meal's macros
 */
public record RecipeMeal(Recipe recipe, MealRequest request, List<Portion> uncounted) {
    /** Copies the list. */
    public RecipeMeal {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(request, "request");
        uncounted = List.copyOf(uncounted);
    }

    /**
     * The recipe composed to the target.
     *
     * @throws org.ketoplan.common.NoSolutionException when no amounts keep every band
     */
    public ComposedRecipe compose(MealComposer composer) {
        return new ComposedRecipe(recipe, composer.compose(request), uncounted);
    }
}
