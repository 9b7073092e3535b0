package org.ketoplan.recipe;

import org.ketoplan.common.FieldError;
import org.ketoplan.nutrition.Numbers;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.Limits;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.EnumSet;
import org.ketoplan.food.Allergen;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.UnknownFoodException;
import org.ketoplan.nutrition.Macros;

/**
 * A recipe: what it is for (slots, youngest age, texture, protein source), its ingredients at the preferred amounts
 * for a meal of {@code referenceKcal}, and the steps a parent follows.
 *
 * @param id the file name without {@code .yaml} ("egg-yolk-custard")
 * @param name the name people read ("Egg-yolk custard with cream")
 * @param slots the meals it suits, at least one
 * @param minAgeMonths the youngest age in months it suits (at least its texture's earliest age)
 * @param texture how it is served
 * @param proteinSource where its protein comes from
 * @param referenceKcal the meal size in kcal the preferred amounts are for
 * @param ingredients the foods, each food at most once, at least one counted
 * @param directions the steps, at least one
 * @param allergens the allergen groups the recipe declares (its author's word, on top of its foods' groups)
 */
public record Recipe(String id, String name, List<Slot> slots, int minAgeMonths, Texture texture,
                     ProteinSource proteinSource, double referenceKcal, List<RecipeIngredient> ingredients,
                     List<String> directions, Set<Allergen> allergens) {
    /** The oldest age a recipe may name as its youngest: 18 years. */
    public static final int MAX_AGE_MONTHS = 216;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Rejects missing fields, duplicate slots or foods, an age below the texture's, and a non-positive size. */
    public Recipe {
        if (id == null || !ID.matcher(id).matches()) {
            throw new FieldError("id", "'" + id + "' must be lower-case letters, digits and hyphens "
                    + "(the file name without .yaml)");
        }
        if (name == null || name.isBlank()) {
            throw new FieldError("name", "missing");
        }
        name = name.trim();
        Limits.text("name", name, Limits.NAME_CHARS, "");
        if (slots == null || slots.isEmpty()) {
            throw new FieldError("slots", "give at least one of breakfast, lunch, dinner, snack, feed");
        }
        if (new HashSet<>(slots).size() != slots.size()) {
            throw new FieldError("slots", "a slot is listed twice");
        }
        slots = List.copyOf(slots);
        Objects.requireNonNull(texture, "texture");
        Objects.requireNonNull(proteinSource, "protein_source");
        if (minAgeMonths < 0 || minAgeMonths > MAX_AGE_MONTHS) {
            throw new FieldError("min_age_months", minAgeMonths + " is outside 0 to "
                    + MAX_AGE_MONTHS);
        }
        if (minAgeMonths < texture.earliestMonths()) {
            throw new FieldError("min_age_months", minAgeMonths + " is below " + texture.earliestMonths()
                    + ", the youngest age for texture '" + texture.word() + "'");
        }
        if (!(referenceKcal > 0) || Double.isInfinite(referenceKcal)) {
            throw new FieldError("reference_kcal", "must be positive (" + Numbers.plain(referenceKcal) + ")");
        }
        Limits.atMost("reference_kcal", referenceKcal, Limits.MEAL_KCAL, "kcal");
        if (ingredients == null || ingredients.isEmpty()) {
            throw new FieldError("ingredients", "give at least one");
        }
        ingredients = List.copyOf(ingredients);
        Set<String> foods = new HashSet<>();
        for (int i = 0; i < ingredients.size(); i++) {
            if (!foods.add(ingredients.get(i).food())) {
                throw new FieldError("ingredients[" + i + "].food", ingredients.get(i).food()
                        + " is listed twice; give it once with its whole amount");
            }
        }
        if (ingredients.stream().noneMatch(RecipeIngredient::counted)) {
            throw new FieldError("ingredients", "every ingredient is an uncounted seasoning");
        }
        if (directions == null || directions.isEmpty() || directions.stream().anyMatch(d -> d == null || d.isBlank())) {
            throw new FieldError("directions", "give the steps as a list of sentences");
        }
        directions = directions.stream().map(String::trim).toList();
        allergens = allergens == null || allergens.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allergens));
    }

    /** A recipe that declares no allergen groups of its own. */
    public Recipe(String id, String name, List<Slot> slots, int minAgeMonths, Texture texture,
                  ProteinSource proteinSource, double referenceKcal, List<RecipeIngredient> ingredients,
                  List<String> directions) {
        this(id, name, slots, minAgeMonths, texture, proteinSource, referenceKcal, ingredients, directions, Set.of());
    }

    /** True when the recipe suits {@code slot}. */
    public boolean suits(Slot slot) {
        return slots.contains(slot);
    }

    /** True when a child of {@code ageMonths} is old enough for the recipe. */
    public boolean suitsAge(double ageMonths) {
        return ageMonths >= minAgeMonths;
    }

    /** This recipe for a meal of {@code kcal}: every amount (preferred, least, largest) times kcal / reference_kcal. */
    public Recipe scaledTo(double kcal) {
        if (!(kcal > 0) || Double.isInfinite(kcal)) {
            throw new FieldError("kcal", "must be positive (" + Numbers.plain(kcal) + ")");
        }
        double factor = kcal / referenceKcal;
        return new Recipe(id, name, slots, minAgeMonths, texture, proteinSource, kcal,
                ingredients.stream().map(i -> i.scaled(factor)).toList(), directions, allergens);
    }

    /**
     * Fat, protein, carbohydrate and fibre of the counted ingredients at their preferred amounts.
     *
     * @throws org.ketoplan.food.UnknownFoodException when a food id is not in {@code foods}
     */
    public Macros macros(FoodDatabase foods) {
        Macros m = Macros.ZERO;
        for (RecipeIngredient i : ingredients) {
            if (i.counted()) {
                m = m.plus(food(foods, i).macros(i.grams()));
            }
        }
        return m;
    }

    private static Food food(FoodDatabase foods, RecipeIngredient i) {
        return foods.byId(i.food()).orElseThrow(() -> new UnknownFoodException("unknown food id '" + i.food()
                + "'", List.of()));
    }
}
