package org.ketoplan.recipe;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an ingredient does in a recipe: the composer keeps the roles' foods, the planner reads the protein role. */
public enum Role {
    /** The food that supplies the meal's protein (meat, fish, egg, cheese). */
    PROTEIN,
    /** A fat source (butter, oil, mayonnaise, avocado, a fat emulsion). */
    FAT,
    /** A vegetable or fruit, the meal's carbohydrate. */
    CARBOHYDRATE,
    /** Cream, the classic ketogenic fat and liquid at once. */
    CREAM,
    /** A ketogenic or infant formula, or breast milk. */
    FORMULA,
    /** Water to make up a drink or thin a purée (no nutrients). */
    LIQUID,
    /** Herbs and spices in pinches, not counted in the meal's totals. */
    SEASONING;

    /** The word used in files and output ("protein"). */
    @JsonValue
    public String word() {
        return Words.word(this);
    }

    /** Parses a role word; anything else is rejected with the allowed words. */
    public static Role parse(String text) {
        return Words.parse(Role.class, Role::word, "role", text);
    }
}
