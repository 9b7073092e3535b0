package org.ketoplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;

/**
 * What every page shares: the workspace, the shipped food database and recipes (loaded once, on a second thread
 * while the server starts) and the planner over them.
 */
final class Clinic {
    private final Workspace workspace;
    private final Clock clock;
    private final CompletableFuture<FoodDatabase> foods;
    private final CompletableFuture<RecipeLibrary> recipes;
    private volatile MenuPlanner planner;

    Clinic(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        this.foods = CompletableFuture.supplyAsync(FoodDatabases::shipped);
        this.recipes = CompletableFuture.supplyAsync(Recipes::shipped);
    }

    Workspace workspace() {
        return workspace;
    }

    FoodDatabase foods() {
        return foods.join();
    }

    RecipeLibrary recipes() {
        return recipes.join();
    }

    /** The planner, with one composition cache for every patient of the session. */
    MenuPlanner planner() {
        MenuPlanner p = planner;
        if (p == null) {
            synchronized (this) {
                if (planner == null) {
                    planner = new MenuPlanner(foods(), recipes());
                }
                p = planner;
            }
        }
        return p;
    }

    /** Today on this computer's clock (the day the caseload and the diary start from). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
