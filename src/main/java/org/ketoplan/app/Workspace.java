package org.ketoplan.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;

/**
 * The food database and the recipe library a session works with: the shipped ones plus the user's food files and
 * recipe files or folders. Each is read once, when first asked for (or, after {@link #preloadFoods()}, on a second
 * thread while the caller reads its other inputs); a bad user file fails the service that needed it, with its
 * file and line.
 */
public final class Workspace {
    private final Supplier<FoodDatabase> foodLoader;
    private final Supplier<RecipeLibrary> recipeLoader;
    private volatile CompletableFuture<FoodDatabase> foods;
    private volatile RecipeLibrary recipes;

    /** A workspace of the given loaders (each called at most once). */
    public Workspace(Supplier<FoodDatabase> foods, Supplier<RecipeLibrary> recipes) {
        this.foodLoader = Objects.requireNonNull(foods, "foods");
        this.recipeLoader = Objects.requireNonNull(recipes, "recipes");
    }

    /** The shipped foods and recipes. */
    public static Workspace shipped() {
        return of(List.of(), List.of());
    }

    /** The shipped foods plus {@code foodFiles}, and the shipped recipes plus {@code recipePaths}. */
    public static Workspace of(List<Path> foodFiles, List<Path> recipePaths) {
        List<Path> f = List.copyOf(foodFiles);
        List<Path> r = List.copyOf(recipePaths);
        return new Workspace(() -> FoodDatabases.withUserFiles(f), () -> Recipes.withUserRecipes(r));
    }

    /** Starts reading the food database on a second thread; {@link #foods()} then waits for it. */
    public Workspace preloadFoods() {
        synchronized (this) {
            if (foods == null) {
                foods = CompletableFuture.supplyAsync(foodLoader);
            }
        }
        return this;
    }

    /** The food database (read on first use). A failure to read it is thrown here as it was thrown. */
    public FoodDatabase foods() {
        CompletableFuture<FoodDatabase> f = foods;
        if (f == null) {
            synchronized (this) {
                if (foods == null) {
                    CompletableFuture<FoodDatabase> now = new CompletableFuture<>();
                    try {
                        now.complete(foodLoader.get());
                    } catch (RuntimeException | Error e) {
                        now.completeExceptionally(e);
                    }
                    foods = now;
                }
                f = foods;
            }
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The recipe library (read on first use). */
    public RecipeLibrary recipes() {
        RecipeLibrary r = recipes;
        if (r == null) {
            synchronized (this) {
                if (recipes == null) {
                    recipes = recipeLoader.get();
                }
                r = recipes;
            }
        }
        return r;
    }
}
