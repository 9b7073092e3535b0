package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import picocli.CommandLine.Option;

/** The shared {@code --recipes PATH} option: users' recipe files or folders on top of the shipped recipes. */
public final class RecipesOption {
    @Option(names = "--recipes", paramLabel = "PATH",
            description = "Extra recipes: a recipe .yaml file or a folder of them (repeatable).")
    List<Path> paths = new ArrayList<>();

    /** The shipped recipes plus the given files and folders. */
    public RecipeLibrary library() {
        return Recipes.withUserRecipes(paths);
    }
}
