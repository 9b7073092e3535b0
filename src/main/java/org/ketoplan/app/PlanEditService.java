package org.ketoplan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.ketoplan.common.BadInputException;
import org.ketoplan.compose.Portion;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.MealSwap;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanCheck;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlannedMeal;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Slot;
import org.ketoplan.safety.SafetyPolicy;

/**
 * One meal of a plan of record changed in place: swapped for another recipe, composed again from its own, or set
 * to a meal built by hand ({@link MealSwap}), under the plan's own patient's safety policy; the plan written back atomically and checked
 * as {@code plan check} checks it.
 */
public final class PlanEditService {
    private final Workspace workspace;

    /** The service over {@code workspace} (its foods and recipes). */
    public PlanEditService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * What was written and what {@code plan check} says of it.
     *
     * @param plan the plan as written
     * @param meal the meal composed
     * @param check the plan check of the written file
     */
    public record Edited(Plan plan, PlannedMeal meal, PlanCheck.Result check) {
        /** Rejects missing parts. */
        public Edited {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(meal, "meal");
            Objects.requireNonNull(check, "check");
        }
    }

    /**
     * The recipes the meal {@code slot} of {@code plan} can be swapped for: those of its slot, for the child's age,
     * without a food the child must not have (the planner's pool for that meal).
     */
    public List<Recipe> choices(Plan plan, String slot) {
        FoodDatabase db = workspace.foods();
        Slot s = MealSwap.recipeSlot(plan, slot);
        if (s == Slot.FEED) {
            return List.of();
        }
        SafetyPolicy policy = SafetyPolicy.of(MenuPlanner.child(plan, null), db, SafetyPolicy.Options.NONE);
        return workspace.recipes().filter(s, plan.patient().ageMonths()).stream()
                .filter(r -> policy.refusal(r, db).isEmpty()).toList();
    }

    /** Swaps the meal {@code slot} of {@code date} in {@code planFile} for the recipe {@code recipe} (id or name). */
    public Edited swap(Path planFile, LocalDate date, String slot, String recipe) {
        if (recipe == null || recipe.isBlank()) {
            throw InvalidRequest.of("recipe", recipe, "give the recipe to swap in");
        }
        return edit(planFile, date, slot, workspace.recipes().find(recipe.strip()).recipe());
    }

    /** Composes the meal {@code slot} of {@code date} in {@code planFile} again from its own recipe. */
    public Edited resolve(Path planFile, LocalDate date, String slot) {
        Objects.requireNonNull(date, "date");
        PlannedMeal meal = MealSwap.meal(PlanFile.read(planFile), date, slot);
        if (meal.recipeId() == null) {
            throw new BadInputException("meal: " + meal.slot() + " on " + date + " has no recipe to compose again");
        }
        return edit(planFile, date, slot, workspace.recipes().find(meal.recipeId()).recipe());
    }

    /**
     * Sets the meal {@code slot} of {@code date} in {@code planFile} to the foods and amounts of a meal built by
     * hand ({@link MealSwap#set}); {@code outOfBand} must be true to save one outside its bands.
     *
     * @param amounts food id to grams, in the meal's order
     */
    public Edited set(Path planFile, LocalDate date, String slot, Map<String, Double> amounts, boolean outOfBand) {
        FoodDatabase db = workspace.foods();
        List<Portion> portions = new ArrayList<>();
        amounts.forEach((id, g) -> portions.add(new Portion(db.byId(id).orElseThrow(() -> InvalidRequest.of("food",
                id, "unknown food")), g, true)));
        return edit(planFile, date, slot, (before, policy) -> MealSwap.set(before, date, slot, portions, db, policy,
                outOfBand));
    }

    private Edited edit(Path planFile, LocalDate date, String slot, Recipe recipe) {
        FoodDatabase db = workspace.foods();
        return edit(planFile, date, slot, (before, policy) -> MealSwap.compose(before, date, slot, recipe, db,
                policy));
    }

    private Edited edit(Path planFile, LocalDate date, String slot, BiFunction<Plan, SafetyPolicy, Plan> change) {
        Objects.requireNonNull(date, "date");
        Plan before = PlanFile.read(planFile);
        FoodDatabase db = workspace.foods();
        PlanFile.requireFoodDataVersion(planFile, before, db.dataVersion());
        SafetyPolicy policy = SafetyPolicy.of(MenuPlanner.child(before, date), db, SafetyPolicy.Options.NONE);
        Plan after = change.apply(before, policy);
        PlanFile.write(planFile, after, true);
        PlannedMeal meal = after.day(date).flatMap(d -> d.meal(slot)).orElseThrow();
        PlanCheck.Result check = new PlanCheckService(workspace).check(planFile, false, null, false,
                SafetyPolicy.Options.NONE).result();
        return new Edited(after, meal, check);
    }
}
