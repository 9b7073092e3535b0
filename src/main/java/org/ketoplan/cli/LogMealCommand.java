package org.ketoplan.cli;

import org.ketoplan.app.DiaryService;

import org.ketoplan.common.TextTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.common.BadInputException;
import org.ketoplan.diary.Compositions;
import org.ketoplan.diary.MealEntry;
import org.ketoplan.diary.MealLog;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.safety.SafetyPolicy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan log meal}: what was eaten at one meal, appended to meals.csv. */
@Command(name = "meal", mixinStandardHelpOptions = true,
        description = {"Log one meal: --all (as planned), --percent P (each planned food at P %%, rounded to the "
                + "plan's step), --food FOOD=G (an id or a name; repeatable; planned or off-plan, also on top of "
                + "--all/--percent), or --refused.",
                "A food already logged for the date and meal is refused unless --replace: then a correction row is "
                        + "appended (the last row wins); earlier lines are never edited."})
final class LogMealCommand implements Callable<Integer> {
    @Mixin
    DiaryDayOptions day;

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The plan (plan.json).")
    Path plan;

    @Option(names = "--meal", required = true, paramLabel = "NAME", description = "The meal's slot, e.g. breakfast.")
    String meal;

    /** How much of the plan was eaten: all of it, a percentage of each food, or nothing (one of them). */
    @OneOf("{a}: give one of --all, --percent and --refused")
    static final class Eaten {
        @Option(names = "--all", description = "Every planned food eaten as planned.")
        boolean all;

        @Option(names = "--percent", paramLabel = "P", description = "Each planned food eaten at P %% of its amount.")
        Double percent;

        @Option(names = "--refused", description = "The meal was refused entirely.")
        boolean refused;
    }

    @ArgGroup(exclusive = true)
    Eaten mode = new Eaten();

    @Option(names = "--food", paramLabel = "FOOD=G", description = "A food eaten and its grams (repeatable): the "
            + "food's id, or (part of) its name as on the day sheet (--food \"double cream=30\").")
    List<String> foods = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the rows.")
    String note;

    @Option(names = "--replace", description = "Correct an earlier entry (appends superseding rows).")
    boolean replace;

    @Mixin
    FoodsOption foodsOption;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Eaten m = mode == null ? new Eaten() : mode; // one of them at most: picocli refuses two
        Map<String, Double> eaten = new LinkedHashMap<>();
        for (String f : foods) {
            Map.Entry<String, Double> e = MealLog.parseFood(f);
            if (eaten.put(e.getKey(), e.getValue()) != null) {
                throw BadInputException.at("--food", "'" + e.getKey() + "' is given twice");
            }
        }
        DiaryService.LoggedMeal logged = new DiaryService(Workspaces.of(foodsOption)).logMeal(day.diary, plan,
                new DiaryService.MealEaten(day.date(), meal, m.all, m.percent, eaten, m.refused, note,
                        replace));
        MealLog.Result r = logged.logged();
        r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        List<String> warnings = logged.safetyWarnings();
        Plan p = logged.plan();
        CarbConvention conv = logged.carbs();
        double kcal = r.intake().kcal(conv);
        double target = r.meal().target().kcal();
        double ratio = r.intake().ratio(conv);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("date", r.appended().get(0).date().toString());
            j.put("meal", r.meal().slot());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MealEntry e : r.appended()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("food", e.refusal() ? null : e.food());
                row.put("name", e.refusal() ? null : MealLog.displayName(p, e.food()));
                row.put("refused", e.refusal());
                row.put("planned_g", e.plannedG());
                row.put("eaten_g", e.eatenG());
                row.put("note", e.note());
                rows.add(row);
            }
            j.put("appended", rows);
            j.put("kcal", Json.round(kcal, 1));
            j.put("target_kcal", Json.round(target, 1));
            j.put("ratio", Double.isFinite(ratio) ? Json.round(ratio, 3) : null);
            j.put("target_ratio", Json.round(r.meal().target().ratio(), 3));
            j.put("warnings", warnings);
            Json.print(out, j);
            return ExitCodes.OK;
        }
        out.println("Logged " + r.meal().slot() + " on " + r.appended().get(0).date() + ": " + r.appended().size()
                + " row" + (r.appended().size() == 1 ? "" : "s") + " appended to " + day.diary.resolve("meals.csv"));
        TextTable t = new TextTable("food", "id", ">planned g", ">eaten g", "note");
        for (MealEntry e : r.appended()) {
            if (e.refusal()) {
                t.row("(the whole meal refused)", "", "", "0", e.note());
            } else {
                t.row(MealLog.displayName(p, e.food()), e.food(), e.plannedG() == null ? "off-plan"
                        : Numbers.plain(e.plannedG()), Numbers.plain(e.eatenG()), e.note());
            }
        }
        out.print(t.render());
        out.println("The meal as eaten: " + TextTable.fixed(kcal, 0) + " kcal ("
                + (target > 0 ? TextTable.fixed(kcal / target * 100, 0) : "-") + " % of " + TextTable.fixed(target, 0)
                + "), ratio " + (kcal > 0 && Double.isFinite(ratio) ? Ratio.format(Json.round(ratio, 2)) : "-")
                + " (target " + Ratio.format(r.meal().target().ratio()) + ")");
        for (String w : warnings) {
            out.println("Warning: " + w);
        }
        return ExitCodes.OK;
    }
}
