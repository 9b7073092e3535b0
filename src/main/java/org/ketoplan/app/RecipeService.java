package org.ketoplan.app;

import java.util.List;
import java.util.Objects;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeChecks;
import org.ketoplan.recipe.Slot;
import org.ketoplan.safety.SafetyPolicy;

/** The recipe library: recipes for a slot and an age, one by id or name (composing one: {@link MealService}). */
public final class RecipeService {
    private final Workspace workspace;

    /** A service over {@code workspace}'s recipes. */
    public RecipeService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The recipes for {@code slot} (null: any) that suit a child of {@code ageMonths} (null: any age; field "age"). */
    public List<Recipe> list(Slot slot, Double ageMonths) {
        if (ageMonths != null) {
            Require.nonNegative("age", ageMonths);
        }
        return workspace.recipes().filter(slot, ageMonths);
    }

    /** The recipe with this id or name, with the file it came from. */
    public LoadedRecipe find(String idOrName) {
        return workspace.recipes().find(idOrName);
    }

    /**
     * The recipe with this id or name, checked as a file against the workspace's foods and the safety rules (every
     * food known, its amounts in bands, no food a recipe may never hold), as {@code recipe show} presents it.
     *
     * @throws org.ketoplan.common.BadInputException naming the recipe file's place when a check fails
     */
    public LoadedRecipe checked(String idOrName) {
        LoadedRecipe loaded = find(idOrName);
        RecipeChecks.check(loaded, workspace.foods());
        SafetyPolicy.checkRecipeFile(loaded, workspace.foods());
        return loaded;
    }
}
