package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.MealRequest;
import org.ketoplan.compose.SolverWarmUp;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;
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
import org.ketoplan.food.Food;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ketoplan meal}: the gram weights of a meal's foods that meet its ratio, energy and macros. */
@Command(name = "meal", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compose one meal: the amount of each food, in whole scale steps, that keeps the ratio, "
                + "energy, protein and carbohydrate within tolerance.",
                "Target: --kcal and --ratio (and --protein, default "
                        + "1.5 g per 100 kcal), or --fat, --protein and --carb, or --patient FILE --meal NAME.",
                "Example: ketoplan meal --kcal 500 --ratio 4:1 --protein 10 --food 01053 --food 01001 "
                        + "--food 05064 --food 11090=30"},
        footer = {"", "Exit codes: 0 done, 2 bad input, 3 no amounts keep every band (the message says which and "
                + "what would fix it)."})
final class MealCommand implements Callable<Integer> {
    @Option(names = "--food", paramLabel = "SPEC",
            description = "A food (repeatable): ID or name (any amount), ID=GRAMS (fixed), ID=MIN..MAX, "
                    + "and optionally ~GRAMS for the recipe's amount (kept in proportion), e.g. 01001~20.")
    List<String> foodSpecs = new ArrayList<>();

    @Option(names = "--recipe", paramLabel = "ID|FILE",
            description = "Compose a recipe instead of --food: an id or name from the library (--recipes adds "
                    + "yours), or a recipe file (.yaml). Its amounts are the preferred proportions, scaled to the "
                    + "meal; its least and most the bounds; its seasonings are weighed, not counted.")
    String recipe;

    @Option(names = "--uncounted", paramLabel = "ID=GRAMS",
            description = "A seasoning weighed in but left out of the macros (repeatable).")
    List<String> uncounted = new ArrayList<>();

    @Option(names = "--kcal", paramLabel = "N", description = "Energy of the meal (with --ratio).")
    Double kcal;

    @Option(names = "--ratio", paramLabel = "R", description = "Ratio, as 4 or 4:1 (0.5 to 6; with --kcal).")
    String ratio;

    @Option(names = "--fat", paramLabel = "G", description = "Grams of fat (with --protein and --carb).")
    Double fat;

    @Option(names = "--protein", paramLabel = "G",
            description = "Grams of protein. With --kcal/--ratio, default 1.5 g per 100 kcal (Nation 2014).")
    Double protein;

    @Option(names = "--carb", paramLabel = "G", description = "Grams of carbohydrate by --carbs (with --fat).")
    Double carb;

    @Option(names = "--patient", paramLabel = "FILE",
            description = "Take the target from this patient file's prescription (with --meal).")
    Path patientFile;

    @Option(names = "--meal", paramLabel = "NAME", description = "The meal or snack of the prescription (with --patient).")
    String mealName;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The day the prescription is for (sets the age; default today; with --patient).")
    LocalDate on;

    @Option(names = "--carbs", defaultValue = "net", paramLabel = "net|total", converter = CarbsConverter.class,
            description = "Count carbohydrate net (total - fibre, the default) or total (with --patient, the "
                    + "prescription's convention).")
    CarbConvention carbs;

    @Option(names = "--max-food", paramLabel = "G",
            description = "The most of any one food (default half of --max-meal).")
    Double maxFood;

    @Option(names = "--max-meal", paramLabel = "G",
            description = "The most the meal's counted foods may weigh (default 30 g per kg of the patient's weight, "
                    + "or 400 g without --patient; ketoplan's rule).")
    Double maxMeal;

    @Mixin
    ComposeOptions compose;

    @Mixin
    ChildOptions child;

    @Mixin
    SafetyOptions safety;

    @Mixin
    RecipesOption recipes;

    @Mixin
    FormatOption format;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    private Double patientWeight;
    /** True when the patient file's meal is a milk feed: its volume is checked, not capped as a meal. */
    private boolean feed;
    /** The option for each field of a meal's target. */
    private static final java.util.Map<String, String> TARGET_OPTIONS = java.util.Map.of("kcal", "--kcal", "fat_g",
            "--fat", "protein_g", "--protein", "carb_g", "--carb");

    @Override
    public Integer call() {
        SolverWarmUp.start(); // the solver loads on the second core while the foods load here
        if (recipe != null) {
            return composeRecipe();
        }
        if (foodSpecs.isEmpty()) {
            throw fail("--food: missing (give the meal's foods, or --recipe)");
        }
        MealTarget target = target();
        MealRequest request;
        try {
            request = new MealRequest(target, ingredients(), compose.step(spec), compose.tolerances(spec),
                    limits());
        } catch (FieldError e) {
            throw fail(Options.named(e, TARGET_OPTIONS)); // a target past its bound
        } catch (IllegalArgumentException e) {
            throw fail("--food: " + e.getMessage()); // a fixed amount off the step, a tolerance as large as the ratio
        }
        List<Food> used = request.ingredients().stream().map(Ingredient::food).toList();
        SafetyPolicy policy = child.policy(spec, patientFile, on, foods.database(), safety);
        policy.check(used, Serving.LOOSE);
        ComposedMeal meal = new MealComposer().compose(request);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>(MealView.json(meal));
            j.put("safety_notes", policy.notices(used));
            Json.print(out, j);
        } else {
            out.print(MealView.text(meal, protein == null && fat == null && patientFile == null));
            SafetyOptions.print(out, policy.notices(used));
        }
        return ExitCodes.OK;
    }

    /** {@code --recipe}: the recipe's foods composed to the target, shown as {@code recipe fit} shows them. */
    private int composeRecipe() {
        if (!foodSpecs.isEmpty() || !uncounted.isEmpty()) {
            throw fail("--recipe: not with --food or --uncounted (the recipe names its foods)");
        }
        MealTarget target = target();
        FoodDatabase db = foods.database();
        Recipe chosen;
        if (recipe.endsWith(".yaml") || recipe.endsWith(".yml")) {
            LoadedRecipe loaded = RecipeFile.read(Path.of(recipe));
            RecipeChecks.check(loaded, db);
            SafetyPolicy.checkRecipeFile(loaded, db);
            chosen = loaded.recipe();
        } else {
            chosen = recipes.library().find(recipe).recipe();
        }
        SafetyPolicy policy = child.policy(spec, patientFile, on, db, safety);
        policy.check(chosen, db);
        ComposedRecipe meal = RecipeMeals.request(chosen, target, db, compose.step(spec), compose.tolerances(spec),
                limits()).compose(new MealComposer());
        RecipeFitCommand.render(spec.commandLine().getOut(), format.json(), chosen, target.name(), meal,
                policy.notices(RecipeFitCommand.foodsOf(meal)));
        return ExitCodes.OK;
    }

    /** The smallest weighable amount and the caps: given, or by the patient's weight, or for no child (400 g). */
    private AmountLimits limits() {
        Double weight = patientWeight;
        AmountLimits byChild = AmountLimits.forChild(weight);
        if (maxFood != null) {
            Options.positive(spec, "--max-food", maxFood);
            Options.atMost(spec, "--max-food", maxFood, Limits.GRAMS, "g");
        }
        if (maxMeal != null) {
            Options.positive(spec, "--max-meal", maxMeal);
            Options.atMost(spec, "--max-meal", maxMeal, Limits.GRAMS, "g");
        }
        double meal = maxMeal != null ? maxMeal : byChild.maxMealG();
        double food = maxFood != null ? maxFood : maxMeal != null ? maxMeal / 2 : byChild.maxFoodG();
        if (food > meal) {
            throw fail("--max-food: " + Ratio.plain(food) + " g is above the largest meal (" + Ratio.plain(meal)
                    + " g)");
        }
        AmountLimits limits = new AmountLimits(compose.minAmount(spec), food, meal);
        return feed && maxFood == null && maxMeal == null ? limits.withoutCaps() : limits;
    }

    private MealTarget target() {
        boolean macros = fat != null || carb != null;
        boolean energy = kcal != null || ratio != null;
        if (patientFile != null || mealName != null) {
            if (patientFile == null || mealName == null) {
                throw fail(patientFile == null ? "--patient: missing (--meal names a meal of a patient file)"
                        : "--meal: missing (which meal of the patient file?)");
            }
            if (macros || energy || protein != null) {
                throw fail("--patient: the target comes from the patient file; leave out --kcal, --ratio, --fat, "
                        + "--protein and --carb");
            }
            DailyPrescription rx = Targets.prescription(patientFile, on);
            patientWeight = rx.weightKg();
            MealTarget slot = rx.slot(mealName);
            feed = rx.isFeed(slot.name());
            return slot;
        }
        if (on != null) {
            throw fail("--on: only with --patient");
        }
        if (macros && energy) {
            throw fail("give the target as --kcal and --ratio, or as --fat, --protein and --carb, not both");
        }
        if (!macros && !energy) {
            throw fail("no target: give --kcal and --ratio (and --protein), or --fat, --protein and --carb");
        }
        if (macros) {
            if (fat == null || carb == null || protein == null) {
                throw fail((fat == null ? "--fat" : carb == null ? "--carb" : "--protein")
                        + ": missing (the target by macros needs --fat, --protein and --carb)");
            }
            Options.nonNegative(spec, "--fat", fat);
            Options.nonNegative(spec, "--protein", protein);
            Options.nonNegative(spec, "--carb", carb);
            double r = Ratio.classic(fat, protein, carb);
            if (!(r >= Ratio.MIN && r <= Ratio.MAX)) {
                throw fail("--fat: the target's ratio " + (Double.isInfinite(r) ? "is infinite" : Ratio.format(r))
                        + " is outside " + Ratio.plain(Ratio.MIN) + " to " + Ratio.plain(Ratio.MAX));
            }
            return MealTarget.ofMacros("meal", fat, protein, carb, carbs);
        }
        if (kcal == null) {
            throw fail("--kcal: missing (the target by energy needs --kcal and --ratio)");
        }
        if (ratio == null) {
            throw fail("--ratio: missing (the target by energy needs --kcal and --ratio)");
        }
        return Targets.byEnergy(spec, "meal", kcal, ratio, protein, carbs);
    }

    private List<Ingredient> ingredients() {
        FoodDatabase db = foods.database();
        List<Ingredient> list = new ArrayList<>();
        for (String s : foodSpecs) {
            list.add(FoodSpec.parse("--food", s, db, true));
        }
        for (String s : uncounted) {
            list.add(FoodSpec.parse("--uncounted", s, db, false));
        }
        List<String> seen = new ArrayList<>();
        for (Ingredient i : list) {
            if (seen.contains(i.food().id())) {
                throw fail("--food: " + i.food().id() + " (" + i.food().name() + ") is listed twice");
            }
            seen.add(i.food().id());
        }
        return list;
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
