package org.ketoplan.cli;

import org.ketoplan.common.TextTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Ratio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan ratio}: the ratio, energy, dietary units and Woodyatt ratio of any meal's macros. */
@Command(name = "ratio", mixinStandardHelpOptions = true,
        description = {"Check a meal: classic ratio, kcal (9/4/4), dietary units and the Woodyatt ratio.",
                "With --fibre, carbohydrate is counted net (total - fibre) unless --carbs total."})
final class RatioCommand implements Callable<Integer> {
    @Option(names = "--fat", required = true, paramLabel = "G", description = "Grams of fat.")
    double fat;

    @Option(names = "--protein", required = true, paramLabel = "G", description = "Grams of protein.")
    double protein;

    @Option(names = "--carb", required = true, paramLabel = "G", description = "Grams of total carbohydrate.")
    double carb;

    @Option(names = {"--fibre", "--fiber"}, defaultValue = "0", paramLabel = "G",
            description = "Grams of fibre included in --carb (default 0).")
    double fibre;

    @Option(names = "--carbs", defaultValue = "net", paramLabel = "net|total",
            converter = CarbsConverter.class, description = "Count carbohydrate net (default) or total.")
    CarbConvention carbs;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Macros m = Options.macros(spec, fat, protein, carb, fibre);
        if (fat == 0 && protein == 0 && carb == 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fat, --protein and --carb are all "
                    + "0: there is no ratio to compute");
        }
        double r = m.ratio(carbs);
        double kcal = m.kcal(carbs);
        double units = m.proteinG() + m.carbohydrate(carbs);
        double woodyatt = m.woodyatt(carbs);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("fat_g", fat);
            j.put("protein_g", protein);
            j.put("carb_g", Json.round(m.carbohydrate(carbs), 3));
            j.put("fibre_g", fibre);
            j.put("carb_convention", carbs.word());
            j.put("ratio", Double.isInfinite(r) ? null : Json.round(r, 3));
            j.put("kcal", Json.round(kcal, 1));
            j.put("units", Json.round(units, 2));
            j.put("woodyatt", Json.round(woodyatt, 3));
            Json.print(out, j);
            return ExitCodes.OK;
        }
        TextTable t = new TextTable("", ">value");
        t.row("fat (g)", TextTable.fixed(fat, 1));
        t.row("protein (g)", TextTable.fixed(protein, 1));
        t.row("carbohydrate, " + carbs.word() + " (g)", TextTable.fixed(m.carbohydrate(carbs), 1));
        t.rule();
        t.row("ratio", Double.isInfinite(r) ? "fat only" : Ratio.format(Json.round(r, 2)));
        t.row("kcal (9/4/4)", TextTable.fixed(kcal, 0));
        t.row("dietary units (protein + carbohydrate)", TextTable.fixed(units, 1));
        t.row("Woodyatt ratio", TextTable.fixed(woodyatt, 2));
        out.print(t.render());
        return ExitCodes.OK;
    }
}
