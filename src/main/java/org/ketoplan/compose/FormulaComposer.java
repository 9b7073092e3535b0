package org.ketoplan.compose;

import org.ketoplan.nutrition.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.common.Phrase;
import org.ketoplan.food.Basis;

/**
 * Composes a day of infant feeds with the meal composer's linear program and rounding: the products' amounts keep
 * the day's ratio, energy, protein and carbohydrate bands; water makes the volume up to the day's fluid.
 *
 * <p>Water = fluid - liquid products - powder x powder volume per g. With the default powder volume of 0 the
 * powder's own volume is not counted, so the made-up batch is a little larger than the fluid and its true energy
 * density a little lower than shown (the warning errs on the safe side). The day's batch is divided into equal
 * feeds; per-feed amounts are the day's divided by the number of feeds.
 */
public final class FormulaComposer {
    private final MealComposer meals = new MealComposer();

    /**
     * The day's feeds for {@code request}.
     *
     * @throws NoSolutionException when no amounts keep the bands, or the liquid products alone exceed the fluid
     */
    public FormulaFeeds compose(FormulaRequest request) {
        ComposedMeal day = meals.compose(new MealRequest(request.day(), request.products(), request.step(),
                request.tolerances()));
        double liquids = 0;
        double powder = 0;
        for (Portion p : day.portions()) {
            if (p.food().basis() == Basis.MILLILITRE) {
                liquids += p.amount();
            } else {
                powder += p.amount();
            }
        }
        double displaced = powder * request.powderMlPerG();
        double water = request.fluidMl() - liquids - displaced;
        if (water < -1e-9) {
            throw new NoSolutionException(String.format(Locale.ROOT, "the liquid products alone (%.0f ml%s) exceed "
                    + "the day's %.0f ml of fluid: allow more fluid, or use less liquid (a powder instead)", liquids
                    + displaced, displaced > 0 ? ", powder volume included" : "", request.fluidMl()));
        }
        water = Math.max(0, Math.round(water * 10) / 10.0);
        double total = water + liquids + displaced;
        List<Phrase> warnings = new ArrayList<>();
        double density = day.kcal() / total;
        if (density > Fluids.MAX_KCAL_PER_ML) {
            warnings.add(Phrase.of(String.format(Locale.ROOT, "energy density %.2f kcal/ml is above %.1f kcal/ml: check "
                    + "tolerance, or allow more fluid", density, Fluids.MAX_KCAL_PER_ML)));
        }
        double feed = total / request.feeds();
        if (request.weightKg() != null && feed > request.maxFeedMlPerKg() * request.weightKg()) {
            warnings.add(Phrase.of(String.format(Locale.ROOT, "each feed is %.0f ml, above %.0f ml/kg x %s kg = %.0f "
                    + "ml (a rule of thumb; see ", feed, request.maxFeedMlPerKg(), Numbers.plain(request.weightKg()),
                    request.maxFeedMlPerKg() * request.weightKg()), BadInputException.ref("max_feed_ml_per_kg"),
                    "): consider more feeds"));
        }
        return new FormulaFeeds(day, water, total, request.feeds(), warnings);
    }
}
