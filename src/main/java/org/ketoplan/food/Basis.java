package org.ketoplan.food;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
    @JsonValue
    public String unit() {
        return unit;
    }

    /** The unit's symbol ("g", "ml"), as plan.json and every output write it. */
    @Override
    public String toString() {
        return unit;
    }

    /** The basis whose unit is {@code unit} ("g" or "ml"); fails naming the units it may be. */
    @JsonCreator
    public static Basis of(String unit) {
        for (Basis b : values()) {
            if (b.unit.equals(unit)) {
                return b;
            }
        }
        throw new IllegalArgumentException("'" + unit + "' is not g or ml");
    }
}
