package org.ketoplan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.app.FoodChoice;
import org.ketoplan.app.FormulaService;
import org.ketoplan.app.TargetRequest;
import org.ketoplan.compose.Fluids;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;


/** {@code ketoplan formula}: a day of infant feeds from a ketogenic formula, or a milk with modules, plus water. */
@Command(name = "formula", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make up a day of infant feeds: grams of powder, ml of liquids and water that meet the "
                + "day's energy and ratio, divided into equal feeds.",
                "Example: ketoplan formula --base ketocal-4to1-powder --kcal 650 --ratio 4:1 --weight 7.8 --feeds 6",
                "Water = fluid - liquid products (the powder's own volume is not counted unless --powder-ml-per-g)."},
        footer = {"", "Exit codes: 0 done, 2 bad input, 3 no amounts keep every band."})
final class FormulaCommand implements Callable<Integer> {
    @Option(names = "--base", paramLabel = "ID", description = "A complete ketogenic formula, e.g. ketocal-4to1-powder.")
    String base;

    @Option(names = "--module", paramLabel = "ID",
            description = "A milk or module (repeatable): infant-formula-standard-powder, liquigen, calogen, "
                    + "protifar...; ID=AMOUNT fixes it, ID=MIN..MAX bounds it.")
    List<String> modules = new ArrayList<>();

    @Option(names = "--breast-milk-ml", paramLabel = "N", description = "Expressed breast milk per day, fixed (ml).")
    Double breastMilkMl;

    @Mixin
    TargetOptions target;

    @Option(names = "--weight", paramLabel = "KG", description = "The infant's weight (for the fluid and warnings).")
    Double weight;

    /** The day's fluid, in ml or per kg: one of them. */
    @OneOf("{a}: give {a} or {b}, not both")
    static final class Fluid {
        @Option(names = "--fluid-ml", paramLabel = "N", description = "Total fluid per day.")
        Double ml;

        @Option(names = "--fluid-ml-per-kg", paramLabel = "N",
                description = "Total fluid per kg per day (with --weight).")
        Double mlPerKg;
    }

    @ArgGroup(exclusive = true)
    Fluid fluid;

    @Option(names = "--feeds", required = true, paramLabel = "N", description = "Number of equal feeds per day.")
    int feeds;

    @Option(names = "--max-feed-ml-per-kg", paramLabel = "N",
            defaultValue = "" + Fluids.DEFAULT_MAX_FEED_ML_PER_KG,
            description = "Warn when a feed exceeds this many ml per kg (default 30: a rule of thumb, about "
                    + "150 ml/kg/day over 5 feeds).")
    double maxFeedMlPerKg;

    @Option(names = "--powder-ml-per-g", paramLabel = "ML", defaultValue = "0",
            description = "Volume a gram of powder adds when dissolved (default 0: not counted).")
    double powderMlPerG;

    @Mixin
    ComposeOptions compose;

    @Mixin
    ChildOptions child;

    @Mixin
    SafetyOptions safety;

    @Mixin
    FormatOption format;

    @Mixin
    FoodsOption foods;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TargetRequest day = target();
        FoodChoice baseChoice = base == null ? null : FoodSpec.parse("--base", base, true);
        List<FoodChoice> chosen = new ArrayList<>();
        for (String m : modules) {
            chosen.add(FoodSpec.parse("--module", m, true));
        }
        FormulaService.FormulaResult r = new FormulaService(Workspaces.of(foods)).makeUp(
                new FormulaService.FormulaJob(day, baseChoice, chosen, breastMilkMl, weight,
                        fluid == null ? null : fluid.ml, fluid == null ? null : fluid.mlPerKg,
                        feeds, maxFeedMlPerKg, powderMlPerG, compose.settings(null, null),
                        child.request(spec, target, safety)));
        String basis = FormulaView.basis(r.fluidBasis());
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>(FormulaView.json(r.feeds(), basis, r.powderMlPerG()));
            j.put("safety_notes", r.safetyNotes());
            Json.print(out, j);
        } else {
            out.print(FormulaView.text(r.feeds(), basis, r.proteinDefaulted(), r.powderMlPerG()));
            SafetyOptions.print(out, r.safetyNotes());
        }
        return ExitCodes.OK;
    }

    /** The day's target: the patient file's whole day, or --kcal and --ratio (and --protein). */
    private TargetRequest target() {
        if (target.fromPatient()) {
            if (target.kcal != null || target.ratio != null || target.protein != null) {
                throw fail("--patient: the target comes from the patient file; leave out --kcal, --ratio and "
                        + "--protein");
            }
            return target.ofPatient(null);
        }
        if (target.on != null) {
            throw fail("--on: only with --patient");
        }
        if (target.kcal == null || target.ratio == null) {
            throw fail((target.kcal == null ? "--kcal" : "--ratio") + ": missing (give --kcal and --ratio, or "
                    + "--patient)");
        }
        return target.byEnergy();
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
