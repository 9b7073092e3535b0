package org.ketoplan.compose;

import java.util.List;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.prescription.MealTarget;

/**
 * Loads and exercises the solver once on a second thread, so that a command's first real meal does not pay for
 * loading ojAlgo's classes (about 130 ms on a cold JVM) while the food database loads on the main thread. The
 * warm-up meal is thrown away; nothing it does changes a result.
 */
public final class SolverWarmUp {
    private SolverWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns it. */
    public static Thread start() {
        Thread t = new Thread(SolverWarmUp::run, "ketoplan-solver-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Composes one small fixed meal and forgets it; a failure here is left for the real command to report. */
    public static void run() {
        try {
            // per 100 g, USDA SR24: 01053 heavy cream, 01125 egg yolk, 01145 butter
            Food cream = food("warm-up-cream", 37.0, 2.05, 2.79);
            Food yolk = food("warm-up-yolk", 26.54, 15.86, 3.59);
            Food butter = food("warm-up-butter", 81.11, 0.85, 0.06);
            new MealComposer().compose(MealRequest.of(MealTarget.of("warm-up", 160, 4, 2.4, CarbConvention.NET),
                    List.of(Ingredient.free(cream).preferring(22), Ingredient.free(yolk).preferring(17),
                            Ingredient.between(butter, 0, 10).preferring(4))));
        } catch (RuntimeException | LinkageError e) {
            // the command composes for real afterwards and reports any problem itself
        }
    }

    private static Food food(String id, double fat, double protein, double carb) {
        return new Food(id, id, "", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, fat)
                .set(Nutrient.PROTEIN, protein).set(Nutrient.CARBOHYDRATE, carb).set(Nutrient.FIBRE, 0).build(),
                List.of(), "USDA SR24", "");
    }
}
