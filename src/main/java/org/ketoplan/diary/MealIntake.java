package org.ketoplan.diary;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * What a meal supplied as eaten: the sum over its logged foods (planned and off-plan), seasonings the plan does not
 * count left out, compositions from {@link Compositions}.
 *
 * @param logged true when the meal has at least one row
 * @param macros what the eaten foods supply
 * @param offPlan what the off-plan foods (not planned for this meal) supply
 */
public record MealIntake(boolean logged, Macros macros, Macros offPlan) {
    /** The intake of {@code meal} from its rows in force. */
    public static MealIntake of(PlannedMeal meal, List<MealEntry> rows, Compositions foods) {
        Macros all = Macros.ZERO;
        Macros off = Macros.ZERO;
        for (MealEntry e : rows) {
            if (e.refusal() || e.eatenG() == 0) {
                continue;
            }
            PlannedFood planned = meal.foods().stream().filter(f -> f.id().equals(e.food())).findFirst()
                    .orElse(null);
            if (planned != null && !planned.counted()) {
                continue;
            }
            Macros m = foods.macros(e.food(), e.eatenG())
                    .orElseThrow(() -> new IllegalStateException("no composition for " + e.food()));
            all = all.plus(m);
            if (e.offPlan()) {
                off = off.plus(m);
            }
        }
        return new MealIntake(!rows.isEmpty(), all, off);
    }

    /** Energy eaten (9/4/4). */
    public double kcal(CarbConvention c) {
        return macros.kcal(c);
    }

    /** The ratio eaten; 0 when nothing was eaten. */
    public double ratio(CarbConvention c) {
        return macros.ratio(c);
    }
}
