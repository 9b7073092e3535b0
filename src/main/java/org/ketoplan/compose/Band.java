package org.ketoplan.compose;

/**
 * One band a composed meal must keep, with the value it reached: the ratio band, the energy band, the protein
 * band, the carbohydrate ceiling, the meal weight.
 *
 * @param name the band's name as a dietitian says it ("ratio band", "energy band", "protein band",
 *     "carbohydrate ceiling", "meal weight")
 * @param target the target value (ratio, kcal or grams)
 * @param low the least value allowed ({@link Double#NEGATIVE_INFINITY} for a ceiling)
 * @param high the largest value allowed ({@link Double#POSITIVE_INFINITY} for a floor)
 * @param achieved the meal's value
 * @param holds whether the meal keeps the band (judged on the linear form the composer uses, so a ratio exactly on
 *     the edge holds; values within half the last printed digit of a limit count as on it, see {@link MealBands})
 */
public record Band(String name, double target, double low, double high, double achieved, boolean holds) {
}
