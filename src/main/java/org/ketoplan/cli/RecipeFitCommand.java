package org.ketoplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.SolverWarmUp;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.plan.ComposedRecipe;
import org.ketoplan.plan.RecipeMeals;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.food.Food;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ketoplan recipe fit}: a recipe composed to one meal of a patient's prescription. */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compose a recipe to one meal's targets: its foods, in whole scale steps, near the recipe's "
                + "proportions, keeping the ratio, energy, protein and carbohydrate within tolerance. Seasonings and "
                + "water are listed as not counted. A recipe with a food that must not reach the child (allergies, food-safety rules by age, products' age "
                + "indications, exclude_foods) is refused.",
                "Example: ketoplan recipe fit egg-yolk-custard --patient child.yaml --meal breakfast"},
        footer = {"", "Exit codes: 0 done, 2 bad input, 3 no amounts keep every band (the message says which and "
                + "what would fix it)."})
final class RecipeFitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe's id or name.")
    String name;

    @Option(names = "--patient", paramLabel = "FILE", required = true, description = "The patient file.")
    Path patientFile;

    @Option(names = "--meal", paramLabel = "NAME", required = true,
            description = "The meal or snack of the prescription.")
    String mealName;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the prescription is for (default today).")
    LocalDate on;

    @Mixin
    ComposeOptions compose;

    @Mixin
    SafetyOptions safety;

    @Mixin
    RecipesOption recipes;

    @Mixin
    FoodsOption foods;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SolverWarmUp.start(); // the solver loads on the second core while the foods load here
        Recipe recipe = recipes.library().find(name).recipe();
        Patient patient = PatientFile.read(patientFile);
        LocalDate day = Targets.day(patient, on);
        DailyPrescription rx = Prescriber.prescribe(patient, day);
        MealTarget target = rx.slot(mealName);
        FoodDatabase db = foods.database();
        SafetyPolicy policy = SafetyPolicy.of(Child.of(patient, day), db, safety.options());
        policy.check(recipe, db);
        AmountLimits limits = AmountLimits.forChild(rx.weightKg()).withMinWeighableG(compose.minAmount(spec));
        ComposedRecipe meal = RecipeMeals.request(recipe, target, db, compose.step(spec), compose.tolerances(spec),
                rx.isFeed(target.name()) ? limits.withoutCaps() : limits).compose(new MealComposer());
        render(spec.commandLine().getOut(), format.json(), recipe, target.name(), meal, policy.notices(foodsOf(meal)));
        return ExitCodes.OK;
    }

    /** Prints a composed recipe: the meal as {@code meal} shows it, then the directions (or all of it as JSON). */
    static void render(PrintWriter out, boolean json, Recipe recipe, String mealName, ComposedRecipe meal,
                       List<String> safetyNotes) {
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("recipe", recipe.id());
            j.put("name", recipe.name());
            j.put("meal", mealName);
            j.putAll(MealView.json(meal.withUncounted()));
            j.put("directions", recipe.directions());
            j.put("safety_notes", safetyNotes);
            Json.print(out, j);
            return;
        }
        out.println(recipe.name() + " [" + recipe.id() + "] for " + mealName + ":");
        out.println();
        out.print(MealView.text(meal.withUncounted(), false));
        out.println();
        int k = 1;
        for (String d : recipe.directions()) {
            out.println((k++) + ". " + d);
        }
        SafetyOptions.print(out, safetyNotes);
    }

    /** The foods a composed recipe weighs out. */
    static List<Food> foodsOf(ComposedRecipe meal) {
        return meal.portions().stream().filter(p -> p.amount() > 0).map(p -> p.food()).toList();
    }
}
