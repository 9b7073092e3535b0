package org.ketoplan.recipe;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a recipe is served, with the youngest age it suits.
 *
 * <p>Ages from PAHO/WHO, "Guiding principles for complementary feeding of the breastfed child" (2003), principle 5
 * (food consistency): puréed, mashed and semi-solid foods from 6 months, finger foods by 8 months for most infants.
 * Drinks (formula feeds) are for any age; a recipe's own {@code min_age_months} says more.
 */
public enum Texture {
    /** A smooth purée without lumps, from 6 months. */
    SMOOTH_PUREE("smooth purée", 6),
    /** Mashed with a fork, soft lumps, from 6 months. */
    MASHED("mashed", 6),
    /** Soft pieces picked up or spooned, from 8 months. */
    SOFT_PIECES("soft pieces", 8),
    /** Finger food held in the hand, from 8 months. */
    FINGER_FOOD("finger food", 8),
    /** A feed or drink from a bottle or cup, any age. */
    DRINK("drink", 0);

    private final String label;
    private final int earliestMonths;

    Texture(String label, int earliestMonths) {
        this.label = label;
        this.earliestMonths = earliestMonths;
    }

    /** The word used in files and output ("smooth purée"). */
    @JsonValue
    public String word() {
        return label;
    }

    /** The youngest age in months the texture suits. */
    public int earliestMonths() {
        return earliestMonths;
    }

    /** Parses a texture ("smooth purée", "smooth-puree", "Finger food"); anything else lists the allowed words. */
    public static Texture parse(String text) {
        return Words.parse(Texture.class, Texture::word, "texture", text);
    }
}
