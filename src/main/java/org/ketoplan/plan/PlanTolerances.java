package org.ketoplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.ketoplan.common.FieldError;
import org.ketoplan.compose.Tolerances;

/**
 * The bands a plan's meals were composed within. The energy band is held as a fraction, as the composer's
 * {@link Tolerances} hold it; plan.json (and every output) shows it as a percent, {@code kcal_pct}.
 *
 * @param ratio allowed distance of a meal's ratio from its target (e.g. 0.1)
 * @param energyFraction allowed distance of a meal's kcal from its target, as a fraction of it (0.05 = +-5 %)
 * @param step the scale's step in grams (1 or 0.1)
 */
@JsonPropertyOrder({"ratio", "kcal_pct", "step"})
public record PlanTolerances(double ratio, @JsonIgnore double energyFraction, double step) {
    /**
     * Rejects a value that is negative, not a number or infinite, and a step that is not above zero, naming the field
     * as plan.json spells it (the bounds a plan's tolerances keep are {@link PlanValidation}'s, with their lines).
     */
    public PlanTolerances {
        PlanTotals.amount("ratio", ratio);
        PlanTotals.amount("kcal_pct", energyFraction * 100);
        PlanTotals.amount("step", step);
        if (step == 0) {
            throw new FieldError("step", "0 is not a scale step");
        }
    }

    /** The tolerances a plan was composed with, weighed in {@code step}s. */
    public static PlanTolerances of(Tolerances t, double step) {
        return new PlanTolerances(t.ratio(), t.energyFraction(), step);
    }

    /** The tolerances as plan.json spells them, the energy band in percent (the one place it is turned back). */
    @JsonCreator
    static PlanTolerances fromFile(@JsonProperty("ratio") double ratio, @JsonProperty("kcal_pct") double kcalPct,
                                   @JsonProperty("step") double step) {
        PlanTotals.amount("kcal_pct", kcalPct);
        return new PlanTolerances(ratio, kcalPct / 100, step);
    }

    /** The energy band in percent, for display (and plan.json), to 0.001 %. */
    @JsonProperty("kcal_pct")
    public double kcalPct() {
        return DayTotals.r3(energyFraction * 100);
    }

    /** The composer's tolerances: these ratio and energy bands, its default protein band and carbohydrate ceiling. */
    public Tolerances composer() {
        return Tolerances.of(ratio, energyFraction);
    }
}
