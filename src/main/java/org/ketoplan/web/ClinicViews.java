package org.ketoplan.web;

import java.util.List;

/** What the clinic foods and recipes pages show: values already formatted for people (the templates escape them). */
public final class ClinicViews {
    private ClinicViews() {
    }

    /** One food of a clinic file as the page shows it. */
    public record FoodRow(String id, String name, String basis, String fat, String protein, String carb, String kcal,
                   String ratio, String allergens, boolean allergensUnknown, String source) {
    }

    /** One clinic foods file: its name, its foods, or the problem that keeps it from being read. */
    public record FoodsFile(String name, List<FoodRow> foods, String problem) {
    }

    /** One clinic recipe. */
    public record RecipeRow(String id, String name, String slots, String age, String texture, String protein, String file) {
    }

    /**
     * One food of the meal as "Save as a recipe" shows it: its role and least and largest amounts as typed ("" for
     * the default band), the default band, and a problem the reader found with this food's fields.
     */
    public record RecipeIngredientRow(String id, String key, String name, String amount, String role, String min,
                                      String max, String minDefault, String maxDefault, String problem) {
    }

    /** A choice of a list: its word and whether it is chosen. */
    public record Choice(String word, boolean on) {
    }

    /**
     * The "Save as a recipe" form: its fields as typed (or their defaults), the choices, the protein source
     * proposed from the foods (it follows them until another is picked), and a problem with the input id it belongs
     * beside ({@code field}, "" for the form as a whole).
     */
    public record RecipeForm(String name, String id, List<Choice> slots, List<Choice> textures,
                             List<Choice> proteins, String proteinProposed, String age, String ageDefault, String directions, boolean replace,
                             List<RecipeIngredientRow> ingredients, List<String> roles, String problem, String field,
                             String message) {
        /** The problem when it belongs beside {@code input}, else null. */
        public String at(String input) {
            return problem != null && input.equals(field) ? problem : null;
        }
    }
}
