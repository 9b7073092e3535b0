package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketoplan.common.FieldError;
import org.ketoplan.compose.Fluids;
import org.ketoplan.compose.FormulaComposer;
import org.ketoplan.compose.FormulaFeeds;
import org.ketoplan.compose.FormulaRequest;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.compose.SolverWarmUp;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Fluid;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;
import java.util.LinkedHashMap;
import java.util.Map;
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
    /** The id of expressed breast milk in the shipped database (foods/keto-products.yaml). */
    static final String BREAST_MILK_ID = "breast-milk-expressed";

    @Option(names = "--base", paramLabel = "ID", description = "A complete ketogenic formula, e.g. ketocal-4to1-powder.")
    String base;

    @Option(names = "--module", paramLabel = "ID",
            description = "A milk or module (repeatable): infant-formula-standard-powder, liquigen, calogen, "
                    + "protifar...; ID=AMOUNT fixes it, ID=MIN..MAX bounds it.")
    List<String> modules = new ArrayList<>();

    @Option(names = "--breast-milk-ml", paramLabel = "N", description = "Expressed breast milk per day, fixed (ml).")
    Double breastMilkMl;

    @Option(names = "--kcal", paramLabel = "N", description = "Energy per day (or --patient).")
    Double kcal;

    @Option(names = "--ratio", paramLabel = "R", description = "Ratio, as 4 or 4:1 (0.5 to 6; or --patient).")
    String ratio;

    @Option(names = "--patient", paramLabel = "FILE",
            description = "Take the day's target, weight and fluid from this patient file's prescription.")
    Path patientFile;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the prescription is for (default today).")
    LocalDate on;

    @Option(names = "--protein", paramLabel = "G",
            description = "Protein per day (default 1.5 g per 100 kcal, Nation 2014).")
    Double protein;

    @Option(names = "--carbs", defaultValue = "net", paramLabel = "net|total", converter = CarbsConverter.class,
            description = "Count carbohydrate net (total - fibre, the default) or total.")
    CarbConvention carbs;

    @Option(names = "--weight", paramLabel = "KG", description = "The infant's weight (for the fluid and warnings).")
    Double weight;

    @Option(names = "--fluid-ml", paramLabel = "N", description = "Total fluid per day.")
    Double fluidMl;

    @Option(names = "--fluid-ml-per-kg", paramLabel = "N", description = "Total fluid per kg per day (with --weight).")
    Double fluidMlPerKg;

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

    private DailyPrescription prescription;

    @Override
    public Integer call() {
        SolverWarmUp.start(); // the solver loads on the second core while the foods load here
        MealTarget day = target();
        String fluidBasis = fluidBasis();
        double fluid = fluid();
        if (feeds < 1) {
            throw fail("--feeds: must be at least 1 (" + feeds + ")");
        }
        Options.positive(spec, "--max-feed-ml-per-kg", maxFeedMlPerKg);
        Options.nonNegative(spec, "--powder-ml-per-g", powderMlPerG);
        List<Ingredient> products = products();
        List<Food> used = products.stream().map(Ingredient::food).toList();
        SafetyPolicy policy = child.policy(spec, patientFile, on, foods.database(), safety);
        policy.check(used, Serving.FEED);
        FormulaRequest request;
        try {
            request = new FormulaRequest(day, products, fluid, feeds, weight, compose.step(spec),
                    compose.tolerances(spec), maxFeedMlPerKg, powderMlPerG);
        } catch (FieldError e) {
            throw fail(Options.named(e, java.util.Map.of("kcal", "--kcal", "fluid", "--fluid-ml", "weight",
                    "--weight", "largest feed per kg", "--max-feed-ml-per-kg", "powder volume per g",
                    "--powder-ml-per-g"))); // a value past its bound
        } catch (IllegalArgumentException e) {
            throw fail("--module: " + e.getMessage()); // a fixed amount off the step, a tolerance too large
        }
        FormulaFeeds result = new FormulaComposer().compose(request);
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>(FormulaView.json(result, fluidBasis, powderMlPerG));
            j.put("safety_notes", policy.notices(used));
            Json.print(out, j);
        } else {
            out.print(FormulaView.text(result, fluidBasis, protein == null && prescription == null, powderMlPerG));
            SafetyOptions.print(out, policy.notices(used));
        }
        return ExitCodes.OK;
    }

    private MealTarget target() {
        if (patientFile != null) {
            if (kcal != null || ratio != null || protein != null) {
                throw fail("--patient: the target comes from the patient file; leave out --kcal, --ratio and "
                        + "--protein");
            }
            prescription = Targets.prescription(patientFile, on);
            if (weight == null) {
                weight = prescription.weightKg();
            }
            return prescription.day();
        }
        if (on != null) {
            throw fail("--on: only with --patient");
        }
        if (kcal == null || ratio == null) {
            throw fail((kcal == null ? "--kcal" : "--ratio") + ": missing (give --kcal and --ratio, or --patient)");
        }
        return Targets.byEnergy(spec, "day", kcal, ratio, protein, carbs);
    }

    private double fluid() {
        if (weight != null) {
            Options.positive(spec, "--weight", weight);
        }
        if (fluidMl != null && fluidMlPerKg != null) {
            throw fail("--fluid-ml: give --fluid-ml or --fluid-ml-per-kg, not both");
        }
        if (fluidMl != null) {
            return Options.positive(spec, "--fluid-ml", fluidMl);
        }
        if (prescription != null && fluidMlPerKg == null) {
            return prescription.fluidMl();
        }
        if (weight == null) {
            throw fail("--weight: missing (needed for the fluid unless --fluid-ml is given)");
        }
        if (fluidMlPerKg != null) {
            return Options.positive(spec, "--fluid-ml-per-kg", fluidMlPerKg) * weight;
        }
        return Fluids.hollidaySegarMl(weight);
    }

    private String fluidBasis() {
        if (fluidMl != null) {
            return "--fluid-ml";
        }
        if (fluidMlPerKg != null) {
            return Ratio.plain(fluidMlPerKg) + " ml/kg";
        }
        if (prescription != null) {
            return "the prescription (" + prescription.sources().getOrDefault("fluid", Fluid.SOURCE) + ")";
        }
        return "Holliday-Segar (100 ml/kg to 10 kg, 50 ml/kg to 20 kg, 20 ml/kg above)";
    }

    private List<Ingredient> products() {
        FoodDatabase db = foods.database();
        List<Ingredient> list = new ArrayList<>();
        if (base != null) {
            list.add(FoodSpec.parse("--base", base, db, true));
        }
        for (String m : modules) {
            list.add(FoodSpec.parse("--module", m, db, true));
        }
        if (breastMilkMl != null) {
            Options.positive(spec, "--breast-milk-ml", breastMilkMl);
            Food milk = db.byId(BREAST_MILK_ID).orElseThrow(() -> fail("--breast-milk-ml: the food database has no "
                    + BREAST_MILK_ID));
            list.add(Ingredient.fixed(milk, breastMilkMl));
        }
        if (list.isEmpty()) {
            throw fail("--base: give a complete formula (--base) or a milk and modules (--module, --breast-milk-ml)");
        }
        List<String> seen = new ArrayList<>();
        for (Ingredient i : list) {
            if (seen.contains(i.food().id())) {
                throw fail("--module: " + i.food().id() + " is listed twice");
            }
            seen.add(i.food().id());
        }
        return list;
    }

    private ParameterException fail(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
