package org.ketoplan.recipe;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a recipe's protein comes from, for the menu planner's variety rule. */
public enum ProteinSource {
    /** Meat and poultry. */
    MEAT,
    /** Fish. */
    FISH,
    /** Egg. */
    EGG,
    /** Cheese, ricotta, yoghurt. */
    DAIRY,
    /** A ketogenic formula or breast milk. */
    FORMULA,
    /** Seeds, nut butters. */
    PLANT;

    /** The word used in files and output ("fish"). */
    @JsonValue
    public String word() {
        return Words.word(this);
    }

    /** Parses a protein-source word; anything else is rejected with the allowed words. */
    public static ProteinSource parse(String text) {
        return Words.parse(ProteinSource.class, ProteinSource::word, "protein_source", text);
    }
}
