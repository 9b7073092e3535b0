package org.ketoplan.food;

/** What a food's nutrient values are given per 100 of: grams (solids, powders) or millilitres (liquids). */
public enum Basis {
    /** Values per 100 g; amounts are weighed in grams. */
    GRAM("g"),
    /** Values per 100 ml; amounts are measured in millilitres. */
    MILLILITRE("ml");

    private final String unit;

    Basis(String unit) {
        this.unit = unit;
    }

    /** "g" or "ml". */
    public String unit() {
        return unit;
    }
}
