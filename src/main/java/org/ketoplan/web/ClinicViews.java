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
}
