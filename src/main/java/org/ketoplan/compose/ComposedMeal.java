package org.ketoplan.compose;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;

/**
 * A composed meal: each food's amount, the counted totals, and every band judged on them.
 *
 * @param portions the foods in request order, amounts in multiples of {@code step}
 * @param bands the limits the meal was composed to keep
 * @param step the scale step in g (or ml)
 * @param method how the amounts were found: "rounded" (linear program, then the rounding search) or "integer"
 *     (the mixed-integer fallback)
 */
public record ComposedMeal(List<Portion> portions, MealBands bands, double step, String method) {
    /** Copies the portion list. */
    public ComposedMeal {
        portions = List.copyOf(portions);
    }

    /** The target the meal was composed for. */
    public MealTarget target() {
        return bands.target();
    }

    /** The carbohydrate convention of the target. */
    public CarbConvention carbs() {
        return bands.target().carbs();
    }

    /** Fat, protein, carbohydrate and fibre of the counted foods. */
    public Macros totals() {
        Macros m = Macros.ZERO;
        for (Portion p : portions) {
            if (p.counted()) {
                m = m.plus(p.macros());
            }
        }
        return m;
    }

    /** Energy of the counted foods (9/4/4, carbohydrate by the target's convention). */
    public double kcal() {
        return totals().kcal(carbs());
    }

    /** The meal's ratio (carbohydrate by the target's convention). */
    public double ratio() {
        return totals().ratio(carbs());
    }

    /** The weight of the counted foods, g (or ml). */
    public double weight() {
        return portions.stream().filter(Portion::counted).mapToDouble(Portion::amount).sum();
    }

    /**
     * The ratio band, energy band, protein band, carbohydrate ceiling and (when capped) the meal weight, judged on
     * the totals.
     */
    public List<Band> checks() {
        return bands.check(totals(), weight());
    }

    /** True when every band holds. */
    public boolean withinTolerance() {
        return checks().stream().allMatch(Band::holds);
    }
}
