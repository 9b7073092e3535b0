package org.ketoplan.food;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Checks;

/**
 * A household measure of a food and what it weighs, e.g. "1 tbsp" = 14.2 g.
 *
 * @param amount how many of the measure (usually 1)
 * @param name the measure ("tbsp", "cup, whipped", "large egg")
 * @param grams what that amount weighs
 */
public record HouseholdMeasure(double amount, String name, double grams) {
    /** Rejects blank names and non-positive amounts. */
    public HouseholdMeasure {
        Checks.positive("measure amount", amount);
        Checks.positive("measure grams", grams);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("measure name is empty");
        }
    }

    /** "1 tbsp", "0.5 cup". */
    public String label() {
        String a = Numbers.plain(amount);
        return a + " " + name;
    }
}
