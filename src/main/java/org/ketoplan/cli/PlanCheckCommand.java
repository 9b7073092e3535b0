package org.ketoplan.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.common.TextTable;
import org.ketoplan.plan.Plan;
import org.ketoplan.app.PlanCheckService;
import org.ketoplan.plan.PlanCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ketoplan plan check}: a plan's meals recomputed with the current food database. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recompute every meal of a plan with the current food database: list the foods whose "
                + "composition changed and the meals whose ratio or kcal left their bands at the planned grams.",
                "With --fix, compose those meals again from the same recipe and write the plan with the current "
                        + "compositions and food data version."},
        footer = {"", "Exit codes: 0 checked (text ends 'All meals keep their bands.' or 'N meals left their "
                + "bands'; JSON has ok: true or false), 2 bad input, 3 --fix cannot compose a recipe again."})
final class PlanCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (plan.json).")
    Path file;

    @Option(names = "--fix", description = "Compose the meals that left their bands again and write the plan.")
    boolean fix;

    @Option(names = "--out", paramLabel = "FILE", description = "With --fix: write here (default: PLAN itself, "
            + "which needs --force).")
    Path out;

    @Option(names = "--force", description = "Overwrite the output if it exists.")
    boolean force;

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
        if (out != null && !fix) {
            throw new ParameterException(spec.commandLine(), "--out: only with --fix");
        }
        Path target = out != null ? out : file;
        PlanCheckService.Checked checked = new PlanCheckService(Workspaces.of(foods, recipes)).check(file, fix,
                target, force, safety.options());
        PlanCheck.Result r = checked.result();
        Plan fixed = checked.fixed();
        var w = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("ok", r.ok());
            j.put("plan_food_data_version", r.planFoodDataVersion());
            j.put("food_data_version", r.foodDataVersion());
            j.put("changed_foods", r.changedFoods());
            j.put("meals_out_of_band", r.mealsOutOfBand());
            j.put("unsafe", r.unsafe());
            j.put("inconsistencies", r.inconsistencies());
            j.put("fixed", fix ? target.toString() : null);
            Json.print(w, j);
            return ExitCodes.OK;
        }
        w.println(file + ": made with food data '" + r.planFoodDataVersion() + "'; now '" + r.foodDataVersion()
                + "'");
        if (!r.inconsistencies().isEmpty()) {
            w.println("The file's values do not agree with each other (was it edited by hand?): "
                    + r.inconsistencies().size() + (fix ? "; recomputed from the grams:" : "; --fix recomputes them "
                    + "from the grams:"));
            r.inconsistencies().forEach(x -> w.println("  " + x));
        }
        if (r.changedFoods().isEmpty()) {
            w.println("No food's composition changed.");
        } else {
            w.println("Foods whose composition changed: " + r.changedFoods().size());
            for (PlanCheck.FoodChange f : r.changedFoods()) {
                w.println("  " + f.id() + " " + f.name() + ": " + (f.missing() ? "no longer in the food database"
                        : String.join(", ", f.changes())));
            }
        }
        if (!r.unsafe().isEmpty()) {
            w.println(r.unsafe().size() + " planned food(s) must not reach this child by today's safety rules:");
            for (String u : r.unsafe()) {
                w.println("  " + u);
            }
        }
        if (r.mealsOutOfBand().isEmpty()) {
            w.println("All meals keep their bands.");
        } else {
            w.println(r.mealsOutOfBand().size() + " meal" + (r.mealsOutOfBand().size() == 1 ? "" : "s")
                    + " left their bands at the planned grams:");
            TextTable t = new TextTable("date", "meal", "recipe", ">ratio was", ">ratio now", ">allowed",
                    ">kcal was", ">kcal now", ">allowed");
            for (PlanCheck.MealChange m : r.mealsOutOfBand()) {
                t.row(m.date(), m.slot(), m.recipeId() == null ? "-" : m.recipeId(),
                        PlanView.ratio(m.before().ratio()), PlanView.ratio(ratio(m)),
                        TextTable.fixed(m.ratioLow(), 2) + " to " + TextTable.fixed(m.ratioHigh(), 2),
                        TextTable.fixed(m.before().kcal(), 1), TextTable.fixed(m.now().kcal(), 1),
                        TextTable.fixed(m.kcalLow(), 1) + " to " + TextTable.fixed(m.kcalHigh(), 1));
            }
            w.print(t.render());
            if (!fix) {
                w.println("Run 'ketoplan plan check " + file + " --fix --out FILE' to compose them again.");
            }
        }
        if (fix && Feedback.confirm(spec)) {
            w.println("Wrote " + target + ": " + r.mealsOutOfBand().size() + " meal"
                    + (r.mealsOutOfBand().size() == 1 ? "" : "s") + " composed again, food data '"
                    + fixed.foodDataVersion() + "'.");
        }
        return ExitCodes.OK;
    }

    private static double ratio(PlanCheck.MealChange m) {
        double u = m.now().proteinG() + m.now().carbG();
        return u > 0 ? m.now().fatG() / u : 0;
    }

}
