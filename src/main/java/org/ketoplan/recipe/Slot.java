package org.ketoplan.recipe;

import com.fasterxml.jackson.annotation.JsonValue;

/** The place in the day a recipe suits. */
public enum Slot {
    /** The first meal. */
    BREAKFAST,
    /** The midday meal. */
    LUNCH,
    /** The evening meal. */
    DINNER,
    /** A small meal between meals. */
    SNACK,
    /** A bottle or cup feed (formula, keto milk). */
    FEED;

    /** The word used in files and output ("breakfast"). */
    @JsonValue
    public String word() {
        return Words.word(this);
    }

    /** Parses a slot word; anything else is rejected with the allowed words. */
    public static Slot parse(String text) {
        return Words.parse(Slot.class, Slot::word, "slot", text);
    }
}
