package org.ketoplan.plan;

import org.ketoplan.food.Basis;

import java.util.Map;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrient;

/**
 * A food as the plan used it: its composition per 100 g (or 100 ml) when the plan was made.
 *
 * @param id the food's id in the database
 * @param name the food's name
 * @param unit "g" or "ml"
 * @param per100 nutrient amounts per 100 units, by {@link org.ketoplan.nutrition.Nutrient#key()} (known ones only)
 * @param shortName the household name day sheets print ("double cream (heavy whipping)"), or null (plans made
 *                  before it, or a food without one): the name is printed
 */
public record PlanFood(String id, String name, Basis unit, Map<String, Double> per100,
                       @com.fasterxml.jackson.annotation.JsonInclude(
                               com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String shortName) {
    /** Rejects a missing id; keeps the nutrients in key order (so the same plan is written byte for byte). */
    public PlanFood {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("food: missing field 'id'");
        }
        per100 = per100 == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(per100));
        unit = unit == null ? Basis.GRAM : unit;
        shortName = shortName == null || shortName.isBlank() ? null : shortName.strip();
        if (shortName != null) {
            org.ketoplan.common.Limits.text("short_name", shortName, org.ketoplan.common.Limits.NAME_CHARS, "");
        }
    }

    /** A food without a household name. */
    public PlanFood(String id, String name, Basis unit, Map<String, Double> per100) {
        this(id, name, unit, per100, null);
    }

    /** The name a parent reads: the household name, else the name, else the id. */
    public String householdName() {
        return shortName != null ? shortName : name != null && !name.isBlank() ? name : id;
    }

    /** Fat, protein, carbohydrate and fibre in {@code amount} units. */
    public Macros macros(double amount) {
        return macrosPer100().times(amount / 100);
    }

    /** Fat, protein, carbohydrate and fibre per 100 units, a nutrient the plan does not store counted as 0. */
    public Macros macrosPer100() {
        return new Macros(get(Nutrient.FAT), get(Nutrient.PROTEIN), get(Nutrient.CARBOHYDRATE), get(Nutrient.FIBRE));
    }

    private double get(Nutrient n) {
        Double v = per100.get(n.key());
        return v == null ? 0.0 : v;
    }
}
