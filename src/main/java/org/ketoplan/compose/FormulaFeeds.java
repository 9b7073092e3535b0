package org.ketoplan.compose;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ketoplan.common.Phrase;
import org.ketoplan.food.Basis;

/**
 * A day of infant feeds: the products (grams of powder, ml of liquid) and water for the whole day, made up as one
 * batch and divided into {@code feeds} equal feeds.
 *
 * @param day the day's products with their nutrients and bands (water is not among them)
 * @param waterMl water for the day
 * @param totalMl the day's volume: water + liquid products (+ powder volume when counted)
 * @param feeds how many equal feeds
 * @param cautions cautions for the dietitian (energy density, feed size), possibly none; a caution may refer to a
 *                 setting by its field ("max_feed_ml_per_kg")
 */
public record FormulaFeeds(ComposedMeal day, double waterMl, double totalMl, int feeds, List<Phrase> cautions) {
    /** Copies the cautions. */
    public FormulaFeeds {
        cautions = List.copyOf(cautions);
    }

    /** The cautions, each setting written by its field's name. */
    public List<String> warnings() {
        return warnings(UnaryOperator.identity());
    }

    /** The cautions, each setting written by {@code label} (a front end's name for the field). */
    public List<String> warnings(UnaryOperator<String> label) {
        return cautions.stream().map(c -> c.render(label)).toList();
    }

    /** Energy per ml of the made-up feed. */
    public double kcalPerMl() {
        return day.kcal() / totalMl;
    }

    /** Volume of one feed in ml. */
    public double feedMl() {
        return totalMl / feeds;
    }

    /** Ml of the liquid products for the day. */
    public double liquidsMl() {
        return day.portions().stream().filter(p -> p.food().basis() == Basis.MILLILITRE)
                .mapToDouble(Portion::amount).sum();
    }
}
