package org.ketoplan.plan;

import java.util.Locale;
import java.util.Set;
import org.ketoplan.recipe.Slot;

/**
 * Which recipes suit a meal of the prescription: its name and place in the day mapped to a recipe {@link Slot}.
 * The prescription says which meals are milk feeds ({@link org.ketoplan.prescription.MealPattern}); the planner
 * maps those to {@link Slot#FEED} and the others by {@link #forMeal}. {@link #slot} applies the same rules from the
 * name and age alone:
 *
 * <ol>
 *   <li>Under 6 months every meal and snack is a feed: solids start at about 6 months (PAHO/WHO, "Guiding
 *       principles for complementary feeding of the breastfed child", 2003, as in {@link
 *       org.ketoplan.recipe.Texture}).</li>
 *   <li>A name that is a slot word (breakfast, lunch, dinner, snack, feed) maps to that slot; a name with "feed" or
 *       "bottle" in it to feed; "tea" and "supper" (the evening meal in British usage) to dinner.</li>
 *   <li>A snack of the prescription maps to snack.</li>
 *   <li>Any other meal ("meal 1", "midday") by its place among the meals: the first to breakfast, the last (of two
 *       or more) to dinner, the others to lunch.</li>
 * </ol>
 */
public final class SlotRules {
    /** The age in months from which solid recipes are offered. */
    public static final int SOLIDS_FROM_MONTHS = 6;
    private static final Set<String> EVENING = Set.of("tea", "supper", "evening meal");

    private SlotRules() {
    }

    /**
     * The recipe slot of a meal or snack.
     *
     * @param name the prescription's name for it
     * @param snack true for a snack of the prescription
     * @param mealIndex its place among the meals (0 first; ignored for a snack)
     * @param mealCount how many meals the day has
     * @param ageMonths the child's age in whole months
     */
    public static Slot slot(String name, boolean snack, int mealIndex, int mealCount, int ageMonths) {
        if (ageMonths < SOLIDS_FROM_MONTHS) {
            return Slot.FEED;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.contains("feed") || n.contains("bottle")) {
            return Slot.FEED;
        }
        return forMeal(name, snack, mealIndex, mealCount);
    }

    /**
     * The recipe slot of a meal or snack the prescription says is not a feed: a slot word (breakfast, lunch,
     * dinner, snack) maps to that slot, "tea" and "supper" to dinner, a snack to snack, others by their place.
     */
    public static Slot forMeal(String name, boolean snack, int mealIndex, int mealCount) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Slot s : Slot.values()) {
            if (s != Slot.FEED && s.word().equals(n)) {
                return s;
            }
        }
        if (snack) {
            return Slot.SNACK;
        }
        if (EVENING.contains(n)) {
            return Slot.DINNER;
        }
        if (mealIndex == 0) {
            return Slot.BREAKFAST;
        }
        return mealIndex == mealCount - 1 ? Slot.DINNER : Slot.LUNCH;
    }

    /** The plan's word for the kind of a slot: "feed", "snack" or "meal". */
    public static String kind(Slot slot) {
        return slot == Slot.FEED ? "feed" : slot == Slot.SNACK ? "snack" : "meal";
    }
}
