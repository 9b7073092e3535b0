package org.ketoplan.diary;

import java.time.LocalDate;
import java.util.List;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Checks;
import org.ketoplan.nutrition.Numbers;

/**
 * One row of {@code meals.csv}: a food eaten at a meal, or a meal refused entirely (empty food, 0 g).
 *
 * @param date the day
 * @param meal the meal's slot name ("breakfast")
 * @param food the food id, or "" for a meal refused entirely
 * @param plannedG the planned amount, or null for a food not in the plan (off-plan)
 * @param eatenG the amount eaten (0 = not eaten)
 * @param note free text, or ""
 */
public record MealEntry(LocalDate date, String meal, String food, Double plannedG, double eatenG, String note) {
    /** The header line of {@code meals.csv}. */
    public static final List<String> COLUMNS = List.of("date", "meal", "food", "planned_g", "eaten_g", "note");

    /**
     * Rejects a missing date or meal, negative amounts, a refusal with an amount, and anything past its bound
     * ({@link Limits}: dates 1900-2199, amounts up to 10,000 g, names up to 200 characters, notes up to 1,000).
     */
    public MealEntry {
        if (date == null) {
            throw new IllegalArgumentException("date: missing");
        }
        Limits.date("date", date);
        if (meal == null || meal.isBlank()) {
            throw new IllegalArgumentException("meal: missing");
        }
        Limits.text("meal", meal, Limits.NAME_CHARS, "");
        food = food == null ? "" : food.trim();
        Limits.text("food", food, Limits.NAME_CHARS, "");
        note = note == null ? "" : note;
        Limits.text("note", note, Limits.NOTE_CHARS, "\n\r\t");
        if (plannedG != null) {
            Checks.nonNegative("planned_g", plannedG);
            Limits.atMost("planned_g", plannedG, Limits.GRAMS, "g");
        }
        Checks.nonNegative("eaten_g", eatenG);
        Limits.atMost("eaten_g", eatenG, Limits.GRAMS, "g");
        if (food.isEmpty() && eatenG != 0) {
            throw new IllegalArgumentException("eaten_g: a refused meal (empty food) must have eaten_g 0, not "
                    + Numbers.plain(eatenG));
        }
    }

    /** A meal refused entirely. */
    public static MealEntry refused(LocalDate date, String meal, String note) {
        return new MealEntry(date, meal, "", null, 0, note);
    }

    /** True for the row of a meal refused entirely. */
    public boolean refusal() {
        return food.isEmpty();
    }

    /** True for a food that is not in the meal's plan. */
    public boolean offPlan() {
        return !refusal() && plannedG == null;
    }

    /** The key a later row supersedes this one by: date, meal (any case) and food. */
    public String key() {
        return date + "|" + meal.toLowerCase(java.util.Locale.ROOT) + "|" + food;
    }

    /** The row as CSV fields. */
    public List<String> fields() {
        return List.of(date.toString(), meal, food, plannedG == null ? "" : Numbers.plain(plannedG),
                Numbers.plain(eatenG), note);
    }
}
