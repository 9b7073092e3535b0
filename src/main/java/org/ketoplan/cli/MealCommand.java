package org.ketoplan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.app.ComposeSettings;
import org.ketoplan.app.FoodChoice;
import org.ketoplan.app.MealService;
import org.ketoplan.app.TargetRequest;
import picocli.CommandLine.ArgGroup;
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
    /** The meal's foods: listed one by one, or a recipe's (one of them). */
    @OneOf("--recipe: not with --food or --uncounted (the recipe names its foods)")
    static final class Foods {
        @ArgGroup(exclusive = false)
        Listed listed;

        @Option(names = "--recipe", paramLabel = "ID|FILE",
                description = "Compose a recipe instead of --food: an id or name from the library (--recipes adds "
                        + "yours), or a recipe file (.yaml). Its amounts are the preferred proportions, scaled to the "
                        + "meal; its least and most the bounds; its seasonings are weighed, not counted.")
        String recipe;
    }

    /** Foods given one by one. */
    static final class Listed {
        @Option(names = "--food", paramLabel = "SPEC",
                description = "A food (repeatable): ID or name (any amount), ID=GRAMS (fixed), ID=MIN..MAX, "
                        + "and optionally ~GRAMS for the recipe's amount (kept in proportion), e.g. 01001~20.")
        List<String> foodSpecs = new ArrayList<>();

        @Option(names = "--uncounted", paramLabel = "ID=GRAMS",
                description = "A seasoning weighed in but left out of the macros (repeatable).")
        List<String> uncounted = new ArrayList<>();
    }

    @ArgGroup(exclusive = true)
    Foods what;

    @Mixin
    TargetOptions target;

    /** The target by grams: --fat and --carb, with --protein of the shared target options. */
    static final class Macros {
        @Option(names = "--fat", paramLabel = "G", description = "Grams of fat (with --protein and --carb).")
        Double fat;

        @Option(names = "--carb", paramLabel = "G", description = "Grams of carbohydrate by --carbs (with --fat).")
        Double carb;
    }

    @ArgGroup(exclusive = false, validate = false, heading = "%nTarget by grams (instead of --kcal and --ratio):%n")
    Macros macros = new Macros();

    @Option(names = "--meal", paramLabel = "NAME", description = "The meal or snack of the prescription (with --patient).")
    String mealName;

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

    @Override
    public Integer call() {
        MealService meals = new MealService(Workspaces.of(foods, recipes));
        var out = spec.commandLine().getOut();
        String recipe = what == null ? null : what.recipe; // not with --food or --uncounted: the Foods group
        Listed listed = what == null || what.listed == null ? new Listed() : what.listed;
        List<String> foodSpecs = listed.foodSpecs;
        List<String> uncounted = listed.uncounted;
        if (recipe != null) {
            TargetRequest t = target();
            MealService.RecipeResult r = meals.composeRecipe(new MealService.RecipeJob(recipe, t, settings(),
                    child.request(spec, target, safety)));
            MealView.recipe(out, format.json(), r);
            return ExitCodes.OK;
        }
        if (foodSpecs.isEmpty()) {
            throw fail("--food: missing (give the meal's foods, or --recipe)");
        }
        TargetRequest t = target();
        List<FoodChoice> chosen = new ArrayList<>();
        for (String s : foodSpecs) {
            chosen.add(FoodSpec.parse("--food", s, true));
        }
        List<FoodChoice> seasonings = new ArrayList<>();
        for (String s : uncounted) {
            seasonings.add(FoodSpec.parse("--uncounted", s, false));
        }
        MealService.MealResult r = meals.compose(new MealService.MealJob(t, chosen, seasonings, settings(),
                child.request(spec, target, safety)));
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>(MealView.json(r.meal()));
            j.put("safety_notes", r.safetyNotes());
            Json.print(out, j);
        } else {
            out.print(MealView.text(r.meal(), r.proteinDefaulted()));
            SafetyOptions.print(out, r.safetyNotes());
        }
        return ExitCodes.OK;
    }

    private ComposeSettings settings() {
        return compose.settings(maxFood, maxMeal);
    }

    /** The target the options name: a patient file's meal, grams of fat, protein and carbohydrate, or energy. */
    private TargetRequest target() {
        boolean byMacros = macros.fat != null || macros.carb != null;
        boolean energy = target.kcal != null || target.ratio != null;
        if (target.fromPatient() || mealName != null) {
            if (!target.fromPatient() || mealName == null) {
                throw fail(!target.fromPatient() ? "--patient: missing (--meal names a meal of a patient file)"
                        : "--meal: missing (which meal of the patient file?)");
            }
            if (byMacros || energy || target.protein != null) {
                throw fail("--patient: the target comes from the patient file; leave out --kcal, --ratio, --fat, "
                        + "--protein and --carb");
            }
            return target.ofPatient(mealName);
        }
        if (target.on != null) {
            throw fail("--on: only with --patient");
        }
        if (byMacros && energy) {
            throw fail("give the target as --kcal and --ratio, or as --fat, --protein and --carb, not both");
        }
        if (!byMacros && !energy) {
            throw fail("no target: give --kcal and --ratio (and --protein), or --fat, --protein and --carb");
        }
        if (byMacros) {
            if (macros.fat == null || macros.carb == null || target.protein == null) {
                throw fail((macros.fat == null ? "--fat" : macros.carb == null ? "--carb" : "--protein")
                        + ": missing (the target by macros needs --fat, --protein and --carb)");
            }
            return new TargetRequest.ByMacros(macros.fat, target.protein, macros.carb, target.carbs);
        }
        if (target.kcal == null) {
            throw fail("--kcal: missing (the target by energy needs --kcal and --ratio)");
        }
        if (target.ratio == null) {
            throw fail("--ratio: missing (the target by energy needs --kcal and --ratio)");
        }
        return target.byEnergy();
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
