package org.ketoplan.nutrition;

import java.util.Locale;

/**
 * The nutrients ketoplan keeps for every food, each with its unit and the column key used in files and JSON.
 *
 * <p>The micronutrients are those needed to check a day against the reference intakes of
 * {@code shared/reference/clinical.md} (iodine is not in USDA SR24, so it cannot be checked).
 * Vitamin A is retinol activity equivalents (RAE), vitamin D is micrograms (40 IU = 1 ug), vitamin E is
 * alpha-tocopherol, folate is total folate.
 */
public enum Nutrient {
    ENERGY("energy", "kcal", "kcal"),
    FAT("fat", "g", "fat_g"),
    PROTEIN("protein", "g", "protein_g"),
    CARBOHYDRATE("carbohydrate (total)", "g", "carbohydrate_g"),
    FIBRE("fibre", "g", "fibre_g"),
    SUGARS("sugars", "g", "sugars_g"),
    WATER("water", "g", "water_g"),
    CALCIUM("calcium", "mg", "calcium_mg"),
    IRON("iron", "mg", "iron_mg"),
    MAGNESIUM("magnesium", "mg", "magnesium_mg"),
    PHOSPHORUS("phosphorus", "mg", "phosphorus_mg"),
    POTASSIUM("potassium", "mg", "potassium_mg"),
    SODIUM("sodium", "mg", "sodium_mg"),
    ZINC("zinc", "mg", "zinc_mg"),
    SELENIUM("selenium", "ug", "selenium_ug"),
    COPPER("copper", "mg", "copper_mg"),
    VITAMIN_A("vitamin A (RAE)", "ug", "vitamin_a_ug"),
    VITAMIN_C("vitamin C", "mg", "vitamin_c_mg"),
    VITAMIN_D("vitamin D", "ug", "vitamin_d_ug"),
    VITAMIN_E("vitamin E", "mg", "vitamin_e_mg"),
    VITAMIN_K("vitamin K", "ug", "vitamin_k_ug"),
    THIAMIN("thiamin", "mg", "thiamin_mg"),
    RIBOFLAVIN("riboflavin", "mg", "riboflavin_mg"),
    NIACIN("niacin", "mg", "niacin_mg"),
    VITAMIN_B6("vitamin B6", "mg", "vitamin_b6_mg"),
    VITAMIN_B12("vitamin B12", "ug", "vitamin_b12_ug"),
    FOLATE("folate", "ug", "folate_ug"),
    CHOLINE("choline", "mg", "choline_mg");

    private static final Nutrient[] VALUES = values();

    private final String label;
    private final String unit;
    private final String key;

    Nutrient(String label, String unit, String key) {
        this.label = label;
        this.unit = unit;
        this.key = key;
    }

    /** The name shown to people, e.g. "vitamin D". */
    public String label() {
        return label;
    }

    /** The unit: g, mg, ug or kcal. */
    public String unit() {
        return unit;
    }

    /** The column and JSON key, e.g. "vitamin_d_ug". */
    public String key() {
        return key;
    }

    /** True for the micronutrients (minerals and vitamins), checked against reference intakes. */
    public boolean isMicronutrient() {
        return ordinal() >= CALCIUM.ordinal();
    }

    /** The nutrient whose key is {@code key}, or null. */
    public static Nutrient byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Nutrient n : VALUES) {
            if (n.key.equals(k)) {
                return n;
            }
        }
        return null;
    }

    static Nutrient at(int ordinal) {
        return VALUES[ordinal];
    }
}
