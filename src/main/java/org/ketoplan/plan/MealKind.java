package org.ketoplan.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a slot of the plan is: a meal, a snack, a milk feed, the day's feeds made up at once, or a breastfeed. */
public enum MealKind {
    /** A meal (breakfast, lunch, tea, ...). */
    MEAL("meal"),
    /** A snack with its own kcal and ratio. */
    SNACK("snack"),
    /** A milk feed. */
    FEED("feed"),
    /** The day's feeds, made up once (their foods and totals; each feed is a share). */
    FEED_BATCH("feed batch"),
    /** A breastfeed of estimated volume. */
    BREASTFEED("breastfeed");

    private final String word;

    MealKind(String word) {
        this.word = word;
    }

    /** The word in plan.json and outputs ("feed batch"). */
    @JsonValue
    public String word() {
        return word;
    }

    /** The word. */
    @Override
    public String toString() {
        return word;
    }

    /** The kind {@code word} names; fails naming the words it may be. */
    @JsonCreator
    public static MealKind of(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (MealKind k : values()) {
            if (k.word.equals(w)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not meal, snack, feed, feed batch or breastfeed");
    }
}
