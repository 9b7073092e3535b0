package org.ketoplan.prescription;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Ratio;

/**
 * What the dietitian prescribes, as written in the patient file's {@code prescription:} block or given as options;
 * every field is optional here and {@link Prescriber} fills in the documented defaults.
 *
 * <p>Energy: at most one of {@code kcal} and {@code kcal_per_kg} (else {@code energy}: table or eer). Protein: at
 * most one of {@code protein_g}, {@code protein_g_per_kg}, {@code protein_g_per_100kcal}.
 *
 * @param kcal the day's energy, kcal
 * @param kcalPerKg the day's energy per kg of body weight
 * @param energy the default's basis when neither is given (table when null)
 * @param ratio the ketogenic ratio, 0.5 to 6
 * @param proteinG protein, g per day
 * @param proteinGPerKg protein, g per kg per day
 * @param proteinGPer100kcal protein, g per 100 kcal
 * @param carbs the carbohydrate convention (net when null)
 * @param meals the meals and feeds (names, times, shares, kinds); empty for the pattern's default slots
 * @param snacks the snacks, each with its own kcal and ratio
 * @param unitsRounding whether the day's dietary units are rounded down (none when null)
 * @param pattern feeds, feeds and meals, or meals (by age when null; {@link MealPattern})
 * @param ramp the initiation ramp, or null for none
 * @param breastMilk expressed milk and breastfeeds, or null for none
 * @param fluidMl the day's fluid target, ml (the default by age when this and {@code fluidMlPerKg} are null)
 * @param fluidMlPerKg the day's fluid target per kg
 */
public record PrescriptionSettings(
        @JsonDeserialize(using = Fields.Positive.class) Double kcal,
        @JsonDeserialize(using = Fields.Positive.class) Double kcalPerKg,
        @JsonDeserialize(using = Fields.EnergyValue.class) EnergyBasis energy,
        @JsonDeserialize(using = Fields.RatioValue.class) Double ratio,
        @JsonDeserialize(using = Fields.Positive.class) Double proteinG,
        @JsonProperty("protein_g_per_kg") @JsonDeserialize(using = Fields.Positive.class) Double proteinGPerKg,
        @JsonProperty("protein_g_per_100kcal") @JsonDeserialize(using = Fields.Positive.class)
        Double proteinGPer100kcal,
        @JsonDeserialize(using = Fields.CarbsValue.class) CarbConvention carbs,
        List<MealSlot> meals,
        List<Snack> snacks,
        @JsonDeserialize(using = Fields.UnitsRoundingValue.class) UnitsRounding unitsRounding,
        @JsonDeserialize(using = Fields.PatternValue.class) MealPattern pattern,
        Ramp ramp,
        BreastMilk breastMilk,
        @JsonDeserialize(using = Fields.Positive.class) Double fluidMl,
        @JsonProperty("fluid_ml_per_kg") @JsonDeserialize(using = Fields.Positive.class) Double fluidMlPerKg) {

    /** No settings at all: every value from its default. */
    public static final PrescriptionSettings NONE =
            new PrescriptionSettings(null, null, null, null, null, null, null, null, null, null);

    /** Settings of energy, ratio, protein, convention, meals and snacks; the rest by default. */
    public PrescriptionSettings(Double kcal, Double kcalPerKg, EnergyBasis energy, Double ratio, Double proteinG,
                                Double proteinGPerKg, Double proteinGPer100kcal, CarbConvention carbs,
                                List<MealSlot> meals, List<Snack> snacks) {
        this(kcal, kcalPerKg, energy, ratio, proteinG, proteinGPerKg, proteinGPer100kcal, carbs, meals, snacks,
                null, null, null, null, null, null);
    }

    /** Checks that energy and protein are each given at most one way, meal shares add up, and names are unique. */
    public PrescriptionSettings {
        positiveIfGiven("kcal", kcal);
        positiveIfGiven("kcal_per_kg", kcalPerKg);
        positiveIfGiven("protein_g", proteinG);
        positiveIfGiven("protein_g_per_kg", proteinGPerKg);
        positiveIfGiven("protein_g_per_100kcal", proteinGPer100kcal);
        Bounds.atMost("kcal", kcal, Bounds.KCAL, "kcal a day");
        Bounds.atMost("kcal_per_kg", kcalPerKg, Bounds.KCAL_PER_KG, "kcal/kg a day");
        Bounds.atMost("protein_g", proteinG, Bounds.PROTEIN_G, "g a day");
        Bounds.atMost("protein_g_per_kg", proteinGPerKg, Bounds.PROTEIN_G_PER_KG, "g/kg a day");
        Bounds.atMost("protein_g_per_100kcal", proteinGPer100kcal, Bounds.PROTEIN_G_PER_100KCAL, "g per 100 kcal");
        if (kcal != null && kcalPerKg != null) {
            throw new FieldProblem("kcal_per_kg", "give kcal or kcal_per_kg, not both");
        }
        if (countGiven(proteinG, proteinGPerKg, proteinGPer100kcal) > 1) {
            throw new FieldProblem(proteinGPer100kcal != null ? "protein_g_per_100kcal" : "protein_g_per_kg",
                    "give one of protein_g, protein_g_per_kg, protein_g_per_100kcal");
        }
        if (ratio != null) {
            Ratio.checkRange(ratio);
        }
        try {
            meals = MealSlot.resolveShares(meals == null ? List.of() : List.copyOf(meals));
        } catch (FieldProblem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("meals", e.getMessage());
        }
        snacks = snacks == null ? List.of() : List.copyOf(snacks);
        if (fluidMl != null && fluidMlPerKg != null) {
            throw new FieldProblem("fluid_ml_per_kg", "give fluid_ml or fluid_ml_per_kg, not both");
        }
        positiveIfGiven("fluid_ml", fluidMl);
        positiveIfGiven("fluid_ml_per_kg", fluidMlPerKg);
        if (ramp != null && ratio != null) {
            try {
                ramp.checkUpTo(ratio);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem("ramp", e.getMessage());
            }
        }
        Set<String> names = new HashSet<>();
        for (String n : java.util.stream.Stream.concat(meals.stream().map(MealSlot::name),
                snacks.stream().map(Snack::name)).toList()) {
            if (!names.add(n.toLowerCase(Locale.ROOT))) {
                throw new FieldProblem(snacks.stream().anyMatch(x -> x.name().equalsIgnoreCase(n)) ? "snacks" : "meals",
                        "two meals or snacks are named '" + n + "'");
            }
        }
    }

    private static void positiveIfGiven(String field, Double v) {
        if (v != null && !(v > 0 && !v.isInfinite())) {
            throw new FieldProblem(field, "must be above zero (" + v + ")");
        }
    }

    private static int countGiven(Object... values) {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * These settings with {@code o}'s given values in place of these: energy as a whole (if {@code o} gives kcal,
     * kcal_per_kg or energy), protein as a whole, the ratio, the convention, the meals and the snacks each when
     * {@code o} gives them.
     */
    public PrescriptionSettings overriddenBy(PrescriptionSettings o) {
        boolean energyGiven = o.kcal != null || o.kcalPerKg != null || o.energy != null;
        boolean proteinGiven = countGiven(o.proteinG, o.proteinGPerKg, o.proteinGPer100kcal) > 0;
        return new PrescriptionSettings(
                energyGiven ? o.kcal : kcal,
                energyGiven ? o.kcalPerKg : kcalPerKg,
                energyGiven ? o.energy : energy,
                o.ratio != null ? o.ratio : ratio,
                proteinGiven ? o.proteinG : proteinG,
                proteinGiven ? o.proteinGPerKg : proteinGPerKg,
                proteinGiven ? o.proteinGPer100kcal : proteinGPer100kcal,
                o.carbs != null ? o.carbs : carbs,
                o.meals.isEmpty() ? meals : o.meals,
                o.snacks.isEmpty() ? snacks : o.snacks,
                o.unitsRounding != null ? o.unitsRounding : unitsRounding,
                o.pattern != null ? o.pattern : pattern,
                o.ramp != null ? o.ramp : ramp,
                o.breastMilk != null ? o.breastMilk : breastMilk,
                o.fluidMl != null || o.fluidMlPerKg != null ? o.fluidMl : fluidMl,
                o.fluidMl != null || o.fluidMlPerKg != null ? o.fluidMlPerKg : fluidMlPerKg);
    }

    /** These settings at another ratio (an initiation step; the ramp itself is left out). */
    public PrescriptionSettings withRatio(double r) {
        return new PrescriptionSettings(kcal, kcalPerKg, energy, r, proteinG, proteinGPerKg, proteinGPer100kcal,
                carbs, meals, snacks, unitsRounding, pattern, null, breastMilk, fluidMl, fluidMlPerKg);
    }

    /** These settings with another ramp (null: none). */
    public PrescriptionSettings withRamp(Ramp r) {
        return new PrescriptionSettings(kcal, kcalPerKg, energy, ratio, proteinG, proteinGPerKg, proteinGPer100kcal,
                carbs, meals, snacks, unitsRounding, pattern, r, breastMilk, fluidMl, fluidMlPerKg);
    }

    /** The rounding of dietary units, none when not given. */
    public UnitsRounding unitsRoundingOrDefault() {
        return unitsRounding == null ? UnitsRounding.NONE : unitsRounding;
    }

    /** Expressed milk and breastfeeds, none when not given. */
    public BreastMilk breastMilkOrNone() {
        return breastMilk == null ? new BreastMilk(0.0, List.of()) : breastMilk;
    }

    /** The convention, net when none is given. */
    public CarbConvention carbsOrDefault() {
        return carbs == null ? CarbConvention.NET : carbs;
    }
}
