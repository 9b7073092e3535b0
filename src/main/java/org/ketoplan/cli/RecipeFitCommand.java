package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ketoplan.app.ChildRequest;
import org.ketoplan.app.MealService;
import org.ketoplan.app.PrescriptionService;
import org.ketoplan.app.TargetRequest;
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
        TargetRequest.OfPatient target = new TargetRequest.OfPatient(new PrescriptionService().read(patientFile), on,
                mealName);
        MealService.RecipeResult r = new MealService(Workspaces.of(foods, recipes)).composeRecipe(
                new MealService.RecipeJob(name, target, compose.settings(null, null), new ChildRequest.OfPatient(
                        target.patient(), on, safety.options())));
        MealView.recipe(spec.commandLine().getOut(), format.json(), r);
        return ExitCodes.OK;
    }
}
