package org.ketoplan.recipe;

import java.util.List;

/**
 * A recipe with where it was read from, so that a later check (an unknown food) can name the file and line.
 *
 * @param recipe the recipe
 * @param file the file name as shown in messages
 * @param line the line the recipe starts on
 * @param ingredientLines the line of each ingredient, in order
 */
public record LoadedRecipe(Recipe recipe, String file, int line, List<Integer> ingredientLines) {
    /** Copies the line list. */
    public LoadedRecipe {
        ingredientLines = List.copyOf(ingredientLines);
    }

    /** "file:line" of the recipe. */
    public String place() {
        return file + ":" + line;
    }

    /** "file:line" of ingredient {@code index}. */
    public String place(int index) {
        return file + ":" + (index < ingredientLines.size() ? ingredientLines.get(index) : line);
    }
}
