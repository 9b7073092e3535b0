/**
 * The meal and formula composer: from a meal's target (energy, ratio, fat, protein, carbohydrate) and a list of
 * foods, the gram weights at the kitchen scale's step that keep every band: the ratio band, the energy band, the
 * protein band, the carbohydrate ceiling and the meal weight ({@link org.ketoplan.compose.MealBands}), with no
 * counted food below its smallest weighable amount and none above its cap ({@link
 * org.ketoplan.compose.AmountLimits}). Found by a linear program ({@link org.ketoplan.compose.MealModel}, one method
 * per constraint family), a rounding search that stays near-linear in the number of foods ({@link
 * org.ketoplan.compose.Rounding}) and, rarely and time-boxed, a mixed-integer program; when none exist, the
 * diagnosis that names the blocking constraint and a fix. Meals of fixed amounts are judged as printed. Also
 * infant formula feeds (a day's powder, liquids and water, split into feeds). The only package that uses ojAlgo.
 */
package org.ketoplan.compose;
