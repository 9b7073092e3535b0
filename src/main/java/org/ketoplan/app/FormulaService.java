package org.ketoplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketoplan.common.FieldError;
import org.ketoplan.compose.Fluids;
import org.ketoplan.compose.FormulaComposer;
import org.ketoplan.compose.FormulaFeeds;
import org.ketoplan.compose.FormulaRequest;
import org.ketoplan.compose.Ingredient;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Fluid;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.Serving;

/**
 * Makes up a day of infant feeds: grams of powder, ml of liquids and water that meet the day's energy and ratio,
 * in equal feeds, after the child's safety rules have passed every product.
 */
public final class FormulaService {
    /** The id of expressed breast milk in the shipped database (foods/keto-products.yaml). */
    public static final String BREAST_MILK_ID = "breast-milk-expressed";

    private final Workspace workspace;

    /** A service making up feeds from {@code workspace}'s foods. */
    public FormulaService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * A day of feeds to make up.
     *
     * @param target the day's target (a patient's whole day, or by energy)
     * @param base a complete ketogenic formula, or null (field "base")
     * @param modules milks and modules (field "modules")
     * @param breastMilkMl expressed breast milk per day, fixed, or null (field "breast_milk_ml")
     * @param weightKg the infant's weight, or null (a patient's by default; field "weight")
     * @param fluidMl the day's fluid, or null (field "fluid_ml")
     * @param fluidMlPerKg the day's fluid per kg, or null (field "fluid_ml_per_kg")
     * @param feeds equal feeds a day (field "feeds")
     * @param maxFeedMlPerKg warn when a feed is larger than this per kg (field "max_feed_ml_per_kg")
     * @param powderMlPerG the volume a gram of powder adds, 0 = not counted (field "powder_ml_per_g")
     * @param settings the step and tolerances
     * @param child whose safety rules apply
     */
    public record FormulaJob(TargetRequest target, FoodChoice base, List<FoodChoice> modules, Double breastMilkMl,
                             Double weightKg, Double fluidMl, Double fluidMlPerKg, int feeds, double maxFeedMlPerKg,
                             double powderMlPerG, ComposeSettings settings, ChildRequest child) {
        /** Copies the list; rejects missing parts and a meal's target (a formula is for the whole day). */
        public FormulaJob {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(child, "child");
            modules = List.copyOf(modules);
        }
    }

    /** Where the day's fluid came from, for the output to say. */
    public sealed interface FluidBasis {
        /** Given as a volume. */
        record Given() implements FluidBasis {
        }

        /** Given per kg. */
        record PerKg(double mlPerKg) implements FluidBasis {
        }

        /** The prescription's, with its source. */
        record Prescribed(String source) implements FluidBasis {
        }

        /** Holliday-Segar from the weight. */
        record HollidaySegar() implements FluidBasis {
            /** The rule in words. */
            public static final String RULE = "Holliday-Segar (100 ml/kg to 10 kg, 50 ml/kg to 20 kg, 20 ml/kg above)";
        }
    }

    /**
     * A day of feeds made up.
     *
     * @param feeds the amounts, per day and per feed
     * @param fluidBasis where the day's fluid came from
     * @param proteinDefaulted true when the protein was the default (1.5 g per 100 kcal), not given
     * @param powderMlPerG the volume a gram of powder adds (0: not counted)
     * @param safetyNotes what the child's safety rules say about the products
     */
    public record FormulaResult(FormulaFeeds feeds, FluidBasis fluidBasis, boolean proteinDefaulted,
                                double powderMlPerG, List<String> safetyNotes) {
        /** Copies the list. */
        public FormulaResult {
            Objects.requireNonNull(feeds, "feeds");
            Objects.requireNonNull(fluidBasis, "fluidBasis");
            safetyNotes = List.copyOf(safetyNotes);
        }
    }

    /** Makes up {@code job}'s day of feeds. */
    public FormulaResult makeUp(FormulaJob job) {
        if (job.target() instanceof TargetRequest.ByMacros) {
            throw InvalidRequest.of("fat", null, "a day of feeds is asked for by its energy and ratio");
        }
        if (job.target() instanceof TargetRequest.OfPatient p && p.meal() != null) {
            throw InvalidRequest.of("meal", p.meal(), "a day of feeds is for the whole day, not one meal");
        }
        Targets.Resolved target = Targets.resolve(job.target(), "day");
        DailyPrescription rx = target.prescription();
        Double weight = job.weightKg() == null && rx != null ? Double.valueOf(rx.weightKg()) : job.weightKg();
        if (weight != null) {
            Require.positive("weight", weight);
        }
        if (job.fluidMl() != null && job.fluidMlPerKg() != null) {
            throw InvalidRequest.phrased("fluid_ml", job.fluidMl(), InvalidRequest.ref("fluid_ml"), ": give ",
                    InvalidRequest.ref("fluid_ml"), " or ", InvalidRequest.ref("fluid_ml_per_kg"), ", not both");
        }
        FluidBasis basis;
        double fluid;
        if (job.fluidMl() != null) {
            fluid = Require.positive("fluid_ml", job.fluidMl());
            basis = new FluidBasis.Given();
        } else if (rx != null && job.fluidMlPerKg() == null) {
            fluid = rx.fluidMl();
            basis = new FluidBasis.Prescribed(rx.sources().getOrDefault("fluid", Fluid.SOURCE));
        } else if (weight == null) {
            throw InvalidRequest.phrased("weight", null, InvalidRequest.ref("weight"),
                    ": missing (needed for the fluid unless ", InvalidRequest.ref("fluid_ml"), " is given)");
        } else if (job.fluidMlPerKg() != null) {
            fluid = Require.positive("fluid_ml_per_kg", job.fluidMlPerKg()) * weight;
            basis = new FluidBasis.PerKg(job.fluidMlPerKg());
        } else {
            fluid = Fluids.hollidaySegarMl(weight);
            basis = new FluidBasis.HollidaySegar();
        }
        if (job.feeds() < 1) {
            throw InvalidRequest.of("feeds", job.feeds(), "must be at least 1 (" + job.feeds() + ")");
        }
        Require.positive("max_feed_ml_per_kg", job.maxFeedMlPerKg());
        Require.nonNegative("powder_ml_per_g", job.powderMlPerG());
        FoodDatabase db = workspace.foods();
        List<Ingredient> products = products(job, db);
        List<Food> used = Foods.of(products);
        SafetyPolicy policy = Safety.policy(job.child(), db);
        policy.check(used, Serving.FEED);
        FormulaRequest request;
        try {
            request = new FormulaRequest(target.target(), products, fluid, job.feeds(), weight,
                    job.settings().checkedStep(), job.settings().tolerances(), job.maxFeedMlPerKg(),
                    job.powderMlPerG());
        } catch (FieldError e) {
            String field = Map.of("fluid", "fluid_ml", "largest feed per kg", "max_feed_ml_per_kg",
                    "powder volume per g", "powder_ml_per_g").getOrDefault(e.field(), e.field());
            throw InvalidRequest.of(field, null, e.problem()); // a value past its bound
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("modules", null, e.getMessage()); // a fixed amount off the step
        }
        FormulaFeeds feeds = new FormulaComposer().compose(request);
        boolean defaulted = job.target() instanceof TargetRequest.ByEnergy e && e.protein() == null;
        return new FormulaResult(feeds, basis, defaulted, job.powderMlPerG(), policy.notices(used));
    }

    private static List<Ingredient> products(FormulaJob job, FoodDatabase db) {
        List<Ingredient> list = new ArrayList<>();
        if (job.base() != null) {
            list.add(Foods.ingredient("base", job.base(), db));
        }
        for (FoodChoice m : job.modules()) {
            list.add(Foods.ingredient("modules", m, db));
        }
        if (job.breastMilkMl() != null) {
            Require.positive("breast_milk_ml", job.breastMilkMl());
            Food milk = db.byId(BREAST_MILK_ID).orElseThrow(() -> InvalidRequest.of("breast_milk_ml",
                    job.breastMilkMl(), "the food database has no " + BREAST_MILK_ID));
            list.add(Ingredient.fixed(milk, job.breastMilkMl()));
        }
        if (list.isEmpty()) {
            throw InvalidRequest.phrased("base", null, InvalidRequest.ref("base"), ": give a complete formula (",
                    InvalidRequest.ref("base"), ") or a milk and modules (", InvalidRequest.ref("modules"), ", ",
                    InvalidRequest.ref("breast_milk_ml"), ")");
        }
        Foods.once("modules", list, false);
        return list;
    }
}
