package org.ketoplan.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.ketoplan.common.Limits;
import org.ketoplan.food.Basis;
import org.ketoplan.food.Food;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrients;

/**
 * A food as the plan used it: its composition per 100 g (or 100 ml) when the plan was made.
 *
 * @param id the food's id in the database
 * @param name the food's name
 * @param unit grams or millilitres
 * @param per100 nutrient amounts per 100 units (a nutrient the source does not report is unknown, not zero); in
 *               plan.json an object by {@link org.ketoplan.nutrition.Nutrient#key()} ({@link PlanJson})
 * @param shortName the household name day sheets print ("double cream (heavy whipping)"), or null (plans made
 *                  before it, or a food without one): the name is printed
 */
public record PlanFood(String id, String name, Basis unit,
                       @JsonSerialize(using = PlanJson.NutrientsWriter.class)
                       @JsonDeserialize(using = PlanJson.NutrientsReader.class) Nutrients per100,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String shortName) {
    /** No nutrient known. */
    private static final Nutrients NONE = Nutrients.builder().build();

    /** Rejects a missing id; a missing composition is one with no nutrient known. */
    public PlanFood {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("food: missing field 'id'");
        }
        per100 = per100 == null ? NONE : per100;
        unit = unit == null ? Basis.GRAM : unit;
        shortName = shortName == null || shortName.isBlank() ? null : shortName.strip();
        if (shortName != null) {
            Limits.text("short_name", shortName, Limits.NAME_CHARS, "");
        }
    }

    /** A food without a household name. */
    public PlanFood(String id, String name, Basis unit, Nutrients per100) {
        this(id, name, unit, per100, null);
    }

    /** The stored composition of {@code food}: every nutrient it reports, per 100 units. */
    public static PlanFood of(Food food) {
        return new PlanFood(food.id(), food.name(), food.basis(), food.per100(), food.shortName());
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
        return per100.macros();
    }
}
