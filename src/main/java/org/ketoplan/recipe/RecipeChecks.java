package org.ketoplan.recipe;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;

/**
 * Checks a recipe against a food database: every food id exists, and the foods are safe for the youngest age the
 * recipe names.
 *
 * <p>Safety rules, from the NHS page "Foods to avoid giving babies and young children" (nhs.uk, Start for Life):
 * no honey before 12 months (infant botulism); no added salt for babies under 12 months (their kidneys cannot cope
 * with it), so no table salt and no food the database marks "salted" or "with salt"; no whole nuts or peanuts before
 * 5 years (choking), so a nut food needs a note saying it is ground (almond flour), unless it is already a butter,
 * paste, flour, milk, cream or oil.
 */
public final class RecipeChecks {
    /** Months before which honey is not given (NHS). */
    public static final int HONEY_FROM_MONTHS = 12;
    /** Months before which no salt is added (NHS). */
    public static final int SALT_FROM_MONTHS = 12;
    /** Months before which whole nuts are not given (NHS: "under 5 years"). */
    public static final int WHOLE_NUTS_FROM_MONTHS = 60;

    private RecipeChecks() {
    }

    /**
     * Checks every ingredient of {@code loaded}.
     *
     * @throws BadInputException "file:line: ingredients[i].food: unknown food '...'; closest: ..." or a safety rule
     */
    public static void check(LoadedRecipe loaded, FoodDatabase foods) {
        Recipe r = loaded.recipe();
        List<Ingredient> ingredients = r.ingredients();
        for (int i = 0; i < ingredients.size(); i++) {
            Ingredient in = ingredients.get(i);
            String place = loaded.place(i) + ": ingredients[" + i + "].food";
            Food food = food(foods, in.food(), place);
            Optional<String> unsafe = unsafe(food, in, r.minAgeMonths());
            if (unsafe.isPresent()) {
                throw BadInputException.at(place, food.id() + " (" + food.name() + ") " + unsafe.get());
            }
        }
    }

    /** The reason {@code food} is unsafe in a recipe for children from {@code minAgeMonths}, if it is. */
    static Optional<String> unsafe(Food food, Ingredient in, int minAgeMonths) {
        String name = food.name().toLowerCase(Locale.ROOT);
        if (minAgeMonths < HONEY_FROM_MONTHS && name.matches("^honey\\b.*")) {
            return Optional.of("is not for babies under " + HONEY_FROM_MONTHS + " months (risk of infant "
                    + "botulism); raise min_age_months or leave it out");
        }
        if (minAgeMonths < SALT_FROM_MONTHS && salted(name)) {
            return Optional.of("has added salt, and babies under " + SALT_FROM_MONTHS + " months need none; use "
                    + "an unsalted food (e.g. 01145 butter, without salt) or raise min_age_months");
        }
        if (minAgeMonths < WHOLE_NUTS_FROM_MONTHS && wholeNut(name) && !in.note().toLowerCase(Locale.ROOT)
                .matches(".*\\b(ground|flour|powder|meal)\\b.*")) {
            return Optional.of("is a whole nut, a choking risk under 5 years; grind it and say so in the "
                    + "ingredient's note (note: finely ground), or use a nut butter");
        }
        return Optional.empty();
    }

    private static boolean salted(String name) {
        if (name.startsWith("salt, table")) {
            return true;
        }
        String n = name.replace("without salt", "").replace("no salt", "").replace("unsalted", "")
                .replace("low sodium", "");
        return n.matches(".*\\b(with salt|salted)\\b.*");
    }

    private static boolean wholeNut(String name) {
        boolean nut = name.startsWith("nuts, ") || name.startsWith("peanuts");
        return nut && !name.matches(".*\\b(butter|paste|flour|milk|cream|oil|water)\\b.*");
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
