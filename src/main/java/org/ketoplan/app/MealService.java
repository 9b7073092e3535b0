package org.ketoplan.app;

import org.ketoplan.nutrition.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.ComposedRecipe;
import org.ketoplan.plan.RecipeMeals;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeChecks;
import org.ketoplan.recipe.RecipeFile;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;

/**
 * Composes one meal: the grams of each food, in whole scale steps, that keep the ratio, energy, protein and
 * carbohydrate within tolerance, after the child's safety rules have passed every food; or a recipe composed to a
 * meal. Fails with {@link InvalidRequest} for bad input and {@link org.ketoplan.common.NoSolutionException} (saying
 * which band cannot be kept and what would fix it) when no amounts keep every band.
 */
public final class MealService {
    private final Workspace workspace;

    /** A service composing from {@code workspace}'s foods and recipes. */
    public MealService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * A meal of chosen foods.
     *
     * @param target what the meal must meet
     * @param foods the foods and their amounts (field "food")
     * @param seasonings foods weighed in but not counted, each at a fixed amount (field "uncounted")
     * @param settings the step, tolerances and limits
     * @param child whose safety rules apply
     */
    public record MealJob(TargetRequest target, List<FoodChoice> foods, List<FoodChoice> seasonings,
                          ComposeSettings settings, ChildRequest child) {
        /** Copies the lists; rejects a meal without foods (field "food"). */
        public MealJob {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(child, "child");
            foods = List.copyOf(foods);
            seasonings = List.copyOf(seasonings);
            if (foods.isEmpty()) {
                throw InvalidRequest.of("food", null, "missing (give the meal's foods, or a recipe)");
            }
        }
    }

    /**
     * A composed meal.
     *
     * @param meal the foods' amounts, totals and bands
     * @param proteinDefaulted true when the protein target was the default (1.5 g per 100 kcal), not given
     * @param safetyNotes what the child's safety rules say about the foods used (notices, not refusals)
     */
    public record MealResult(ComposedMeal meal, boolean proteinDefaulted, List<String> safetyNotes) {
        /** Copies the list. */
        public MealResult {
            Objects.requireNonNull(meal, "meal");
            safetyNotes = List.copyOf(safetyNotes);
        }
    }

    /**
     * A recipe composed to a meal.
     *
     * @param recipe a recipe id or name from the library, or a recipe file (.yaml, .yml)
     * @param target what the meal must meet
     * @param settings the step, tolerances and limits
     * @param child whose safety rules apply
     */
    public record RecipeJob(String recipe, TargetRequest target, ComposeSettings settings, ChildRequest child) {
        /** Rejects missing parts. */
        public RecipeJob {
            if (recipe == null || recipe.isBlank()) {
                throw InvalidRequest.of("recipe", recipe, "missing");
            }
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(child, "child");
        }
    }

    /**
     * A composed recipe.
     *
     * @param recipe the recipe (unscaled)
     * @param mealName the meal it was composed for ("meal" for a target given by numbers)
     * @param meal the composed foods, seasonings and water
     * @param safetyNotes what the child's safety rules say about the foods used
     */
    public record RecipeResult(Recipe recipe, String mealName, ComposedRecipe meal, List<String> safetyNotes) {
        /** Copies the list. */
        public RecipeResult {
            Objects.requireNonNull(recipe, "recipe");
            Objects.requireNonNull(meal, "meal");
            safetyNotes = List.copyOf(safetyNotes);
        }

        /** The foods the recipe weighs out (amount above zero). */
        public List<Food> foodsUsed() {
            return meal.portions().stream().filter(p -> p.amount() > 0).map(p -> p.food()).toList();
        }
    }

    /** Composes {@code job}'s meal. */
    public MealResult compose(MealJob job) {
        Targets.Resolved target = Targets.resolve(job.target(), "meal");
        FoodDatabase db = workspace.foods();
        List<Ingredient> ingredients = new ArrayList<>();
        for (FoodChoice c : job.foods()) {
            ingredients.add(Foods.ingredient("food", c, db));
        }
        for (FoodChoice c : job.seasonings()) {
            ingredients.add(Foods.ingredient("uncounted", c, db));
        }
        Foods.once("food", ingredients, true);
        MealRequest request = request(target, ingredients, job.settings());
        List<Food> used = Foods.of(request.ingredients());
        SafetyPolicy policy = Safety.policy(job.child(), db);
        policy.check(used, Serving.LOOSE);
        ComposedMeal meal = new MealComposer().compose(request);
        boolean defaulted = job.target() instanceof TargetRequest.ByEnergy e && e.protein() == null;
        return new MealResult(meal, defaulted, policy.notices(used));
    }

    /** Composes {@code job}'s recipe. */
    public RecipeResult composeRecipe(RecipeJob job) {
        Targets.Resolved target = Targets.resolve(job.target(), "meal");
        FoodDatabase db = workspace.foods();
        Recipe recipe = recipe(job.recipe(), db);
        SafetyPolicy policy = Safety.policy(job.child(), db);
        policy.check(recipe, db);
        double step = job.settings().checkedStep();
        var tolerances = job.settings().tolerances();
        AmountLimits limits = limits(job.settings(), target.target(), target.prescription());
        org.ketoplan.plan.RecipeMeal request;
        try {
            request = RecipeMeals.request(recipe, target.target(), db, step, tolerances, limits);
        } catch (FieldError e) {
            throw targetField(e);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.phrased("recipe", recipe.id(), e.getMessage()); // a tolerance as large as the ratio
        }
        ComposedRecipe meal = request.compose(new MealComposer());
        return new RecipeResult(recipe, target.target().name(), meal, policy.notices(foodsOf(meal)));
    }

    /** The recipe an id, a name or a file (.yaml, .yml) names, its foods checked against the database. */
    Recipe recipe(String recipe, FoodDatabase db) {
        if (recipe.endsWith(".yaml") || recipe.endsWith(".yml")) {
            LoadedRecipe loaded = RecipeFile.read(Path.of(recipe));
            RecipeChecks.check(loaded, db);
            SafetyPolicy.checkRecipeFile(loaded, db);
            return loaded.recipe();
        }
        return workspace.recipes().find(recipe).recipe();
    }

    private static List<Food> foodsOf(ComposedRecipe meal) {
        return meal.portions().stream().filter(p -> p.amount() > 0).map(p -> p.food()).toList();
    }

    private static MealRequest request(Targets.Resolved target, List<Ingredient> ingredients, ComposeSettings s) {
        double step = s.checkedStep();
        var tolerances = s.tolerances();
        AmountLimits limits = limits(s, target.target(), target.prescription());
        try {
            return new MealRequest(target.target(), ingredients, step, tolerances, limits);
        } catch (FieldError e) {
            throw targetField(e); // a target past its bound
        } catch (IllegalArgumentException e) {
            // a fixed amount off the step, a tolerance as large as the ratio
            throw InvalidRequest.of("food", null, e.getMessage());
        }
    }

    /** A target past its bound, said of the request's field ("kcal", "fat", "protein", "carb"). */
    private static InvalidRequest targetField(FieldError e) {
        String field = switch (e.field()) {
            case "fat_g" -> "fat";
            case "protein_g" -> "protein";
            case "carb_g" -> "carb";
            default -> e.field();
        };
        return InvalidRequest.of(field, null, e.problem());
    }

    /**
     * The smallest weighable amount and the caps: given, or by the patient's weight, or for no child (400 g); a
     * milk feed's volume is checked, not capped as a meal's.
     */
    private static AmountLimits limits(ComposeSettings s, DailyPrescription rx) {
        Double weight = rx == null ? null : rx.weightKg();
        AmountLimits byChild = AmountLimits.forChild(weight);
        if (s.maxFoodG() != null) {
            Require.positive("max_food", s.maxFoodG());
            Require.atMost("max_food", s.maxFoodG(), Limits.GRAMS, "g");
        }
        if (s.maxMealG() != null) {
            Require.positive("max_meal", s.maxMealG());
            Require.atMost("max_meal", s.maxMealG(), Limits.GRAMS, "g");
        }
        double meal = s.maxMealG() != null ? s.maxMealG() : byChild.maxMealG();
        double food = s.maxFoodG() != null ? s.maxFoodG() : s.maxMealG() != null ? s.maxMealG() / 2
                : byChild.maxFoodG();
        if (food > meal) {
            throw InvalidRequest.of("max_food", food, Numbers.plain(food) + " g is above the largest meal ("
                    + Numbers.plain(meal) + " g)");
        }
        return new AmountLimits(s.checkedMinAmount(), food, meal);
    }

    /** {@link #limits} for a meal of {@code target}: a feed of the prescription has no caps unless given. */
    static AmountLimits limits(ComposeSettings s, MealTarget target, DailyPrescription rx) {
        AmountLimits limits = limits(s, rx);
        boolean feed = rx != null && rx.isFeed(target.name());
        return feed && s.maxFoodG() == null && s.maxMealG() == null ? limits.withoutCaps() : limits;
    }
}
