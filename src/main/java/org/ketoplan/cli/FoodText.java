package org.ketoplan.cli;

import org.ketoplan.nutrition.Ratio;

/** Shared text formatting of foods for the food commands. */
final class FoodText {
    private FoodText() {
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** A ratio for a table: "4.51:1", or "fat only" when there is no protein or carbohydrate. */
    static String ratio(Double r) {
        return r == null ? "fat only" : Ratio.format(r);
    }
}
