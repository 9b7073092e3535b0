package org.ketoplan.recipe;

import java.util.List;
import java.util.Optional;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;

/**
 * Checks a recipe against a food database: every food id exists. Whether its foods are safe for the youngest age it
 * names is checked by {@code org.ketoplan.safety.SafetyPolicy#checkRecipeFile}, with the other safety rules.
 */
public final class RecipeChecks {
    private RecipeChecks() {
    }

    /**
     * Checks every ingredient of {@code loaded}.
     *
     * @throws BadInputException "file:line: ingredients[i].food: unknown food '...'; closest: ..."
     */
    public static void check(LoadedRecipe loaded, FoodDatabase foods) {
        Recipe r = loaded.recipe();
        List<RecipeIngredient> ingredients = r.ingredients();
        for (int i = 0; i < ingredients.size(); i++) {
            Food f = food(foods, ingredients.get(i).food(), loaded.place(i) + ": ingredients[" + i + "].food");
            if (!r.allergens().isEmpty()) {
                for (org.ketoplan.food.Allergen a : f.allergens().groups()) {
                    if (!r.allergens().contains(a)) {
                        throw BadInputException.at(loaded.place() + ": allergens", "the recipe declares "
                                + r.allergens().stream().map(org.ketoplan.food.Allergen::word).toList() + " but "
                                + f.id() + " (" + f.name() + ") contains " + a.word() + "; add it");
                    }
                }
            }
        }
    }
    private static Food food(FoodDatabase foods, String id, String place) {
        Optional<Food> f = foods.byId(id);
        if (f.isPresent()) {
            return f.get();
        }
        try {
            Food guess = foods.resolve(id);
            throw BadInputException.at(place, "'" + id + "' is not a food id; did you mean " + guess.id() + " ("
                    + guess.name() + ")?");
        } catch (UnknownFoodException e) {
            throw new UnknownFoodException(place + ": " + e.getMessage(), e.candidates());
        }
    }
}
