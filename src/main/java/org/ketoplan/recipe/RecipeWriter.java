package org.ketoplan.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.ketoplan.common.Mappers;
import org.ketoplan.food.Allergen;
import org.ketoplan.nutrition.Numbers;

/**
 * Writes a recipe as the YAML a recipe file holds (the layout {@link RecipeFile} reads, as the shipped recipes are
 * written: one ingredient a line), so that a recipe saved by a program reads back as the same recipe. Every text is
 * written as a double-quoted scalar (JSON string escaping, which YAML reads alike), so no name or note can break the
 * file.
 */
public final class RecipeWriter {
    private RecipeWriter() {
    }

    /**
     * The recipe file's text for {@code recipe} (its id is the file name, so it is not written).
     *
     * @param comment a first comment line (where the recipe came from), or null
     */
    public static String yaml(Recipe recipe, String comment) {
        StringBuilder y = new StringBuilder();
        if (comment != null && !comment.isBlank()) {
            y.append("# ").append(comment.replaceAll("[\\r\\n]+", " ").strip()).append('\n');
        }
        y.append("name: ").append(text(recipe.name())).append('\n');
        y.append("slots: [").append(String.join(", ", recipe.slots().stream().map(Slot::word).toList())).append("]\n");
        y.append("min_age_months: ").append(recipe.minAgeMonths()).append('\n');
        y.append("texture: ").append(text(recipe.texture().word())).append('\n');
        y.append("protein_source: ").append(recipe.proteinSource().word()).append('\n');
        y.append("reference_kcal: ").append(Numbers.plain(recipe.referenceKcal())).append('\n');
        if (!recipe.allergens().isEmpty()) {
            y.append("allergens: [").append(String.join(", ", recipe.allergens().stream().sorted()
                    .map(Allergen::word).map(RecipeWriter::text).toList())).append("]\n");
        }
        y.append("ingredients:\n");
        for (RecipeIngredient i : recipe.ingredients()) {
            y.append("  - {food: ").append(text(i.food())).append(", role: ").append(i.role().word())
                    .append(", grams: ").append(Numbers.plain(i.grams()));
            if (i.counted()) {
                y.append(", min: ").append(Numbers.plain(i.min()));
                if (!Double.isInfinite(i.max())) {
                    y.append(", max: ").append(Numbers.plain(i.max()));
                }
                if (i.role() == Role.SEASONING) {
                    y.append(", counted: true");
                }
            } else {
                y.append(", counted: false");
            }
            if (!i.note().isEmpty()) {
                y.append(", note: ").append(text(i.note()));
            }
            y.append("}\n");
        }
        y.append("directions:\n");
        for (String d : recipe.directions()) {
            y.append("  - ").append(text(d)).append('\n');
        }
        return y.toString();
    }

    private static String text(String s) {
        try {
            return Mappers.json().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot quote a text", e);
        }
    }

    /** The steps of a text box, one a line, blank lines left out. */
    public static List<String> steps(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
