package org.ketoplan.food;

import java.util.List;
import java.util.Objects;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.nutrition.Nutrients;

/**
 * One food of the database: its nutrients per 100 g (or per 100 ml for a liquid), household measures and source.
 *
 * @param id stable identifier: the USDA NDB number ("01001") or a slug ("ketocal-4to1-powder")
 * @param name the descriptive name
 * @param group the food group ("Dairy and Egg Products", "Ketogenic formulas and modules", ...)
 * @param basis whether values are per 100 g or per 100 ml
 * @param per100 nutrient amounts per 100 units of {@code basis}
 * @param measures household measures, possibly none
 * @param source where the values come from
 * @param note a caution to show with the food (e.g. "verify against the current label"), or empty
 * @param allergens the allergen groups it contains ({@link Allergens#UNKNOWN} when nobody said)
 * @param shortName the household name a parent reads on a day sheet ("double cream (heavy whipping)"), or "" to
 *                  use {@code name}
 */
public record Food(String id, String name, String group, Basis basis, Nutrients per100,
                   List<HouseholdMeasure> measures, String source, String note, Allergens allergens,
                   String shortName) {

    /** Rejects a missing id, name or nutrient profile. */
    public Food {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("food id is empty");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("food " + id + ": name is empty");
        }
        Objects.requireNonNull(per100, "per100");
        basis = basis == null ? Basis.GRAM : basis;
        group = group == null ? "" : group;
        measures = measures == null ? List.of() : List.copyOf(measures);
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        allergens = allergens == null ? Allergens.UNKNOWN : allergens;
        shortName = shortName == null ? "" : shortName.strip();
    }

    /** A food without a household name. */
    public Food(String id, String name, String group, Basis basis, Nutrients per100,
                List<HouseholdMeasure> measures, String source, String note, Allergens allergens) {
        this(id, name, group, basis, per100, measures, source, note, allergens, "");
    }

    /** A food whose allergen groups are not known. */
    public Food(String id, String name, String group, Basis basis, Nutrients per100,
                List<HouseholdMeasure> measures, String source, String note) {
        this(id, name, group, basis, per100, measures, source, note, Allergens.UNKNOWN, "");
    }

    /** This food with the allergen groups {@code a}. */
    public Food withAllergens(Allergens a) {
        return new Food(id, name, group, basis, per100, measures, source, note, a, shortName);
    }

    /** This food with the household name {@code s}. */
    public Food withShortName(String s) {
        return new Food(id, name, group, basis, per100, measures, source, note, allergens, s);
    }

    /** Fat, protein, carbohydrate and fibre in 100 units. */
    public Macros macrosPer100() {
        return per100.macros();
    }

    /** Fat, protein, carbohydrate and fibre in {@code amount} units (grams, or ml for a liquid). */
    public Macros macros(double amount) {
        return per100.macros().times(amount / 100.0);
    }

    /** The food's own ratio, with carbohydrate counted by {@code convention}. */
    public double ratio(CarbConvention convention) {
        return macrosPer100().ratio(convention);
    }

    /** The unit amounts of this food are given in: "g" or "ml". */
    public String unit() {
        return basis.unit();
    }
}
