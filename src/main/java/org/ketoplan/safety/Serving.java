package org.ketoplan.safety;

/**
 * How a food is served, for the rules that depend on it.
 *
 * @param texture the recipe's texture word ("finger food"), or null when not known (loose foods)
 * @param drink true in a drink (a recipe of texture drink, or a formula feed)
 * @param note the recipe ingredient's note ("finely ground"), or empty
 */
public record Serving(String texture, boolean drink, String note) {
    /** Loose foods of a meal: no texture, not a drink. */
    public static final Serving LOOSE = new Serving(null, false, "");
    /** A formula feed. */
    public static final Serving FEED = new Serving("drink", true, "");

    /** Fills an empty note. */
    public Serving {
        note = note == null ? "" : note.toLowerCase(java.util.Locale.ROOT);
    }
}
