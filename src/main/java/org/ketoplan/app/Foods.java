package org.ketoplan.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;

import static org.ketoplan.common.BadInputException.ref;

/** Foods as a person names them, resolved in the database; a failure names the field the food came from. */
final class Foods {
    private Foods() {
    }

    /** The food {@code choice} names, as an ingredient; an unknown food fails naming {@code field}. */
    static Ingredient ingredient(String field, FoodChoice choice, FoodDatabase db) {
        Food food;
        try {
            food = db.resolve(choice.food());
        } catch (UnknownFoodException e) {
            throw InvalidRequest.phrased(field, choice.food(), ref(field), " " + choice.food() + ": " + e.getMessage());
        }
        Ingredient i;
        try {
            i = new Ingredient(food, choice.min(), choice.max(), null, choice.counted());
            return choice.preferred() == null ? i : i.preferring(choice.preferred());
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.phrased(field, choice.food(), ref(field), " " + choice.food() + ": "
                    + e.getMessage());
        }
    }

    /** Fails naming {@code field} when a food is listed twice ("ID (NAME) is listed twice" with names). */
    static void once(String field, List<Ingredient> list, boolean withNames) {
        Set<String> seen = new HashSet<>();
        for (Ingredient i : list) {
            if (!seen.add(i.food().id())) {
                throw InvalidRequest.of(field, i.food().id(), i.food().id()
                        + (withNames ? " (" + i.food().name() + ")" : "") + " is listed twice");
            }
        }
    }

    /** The foods of {@code list}. */
    static List<Food> of(List<Ingredient> list) {
        return new ArrayList<>(list.stream().map(Ingredient::food).toList());
    }
}
