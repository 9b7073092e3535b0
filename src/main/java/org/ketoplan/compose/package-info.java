/**
 * The meal and formula composer: from a meal's target (energy, ratio, fat, protein, carbohydrate) and a list of
 * foods, the gram weights at the kitchen scale's step that keep every band (ratio, energy, protein floor,
 * carbohydrate ceiling), found by a linear program, a rounding search and, when needed, a mixed-integer program;
 * when none exist, the diagnosis that names the blocking constraint and a fix. Also infant formula feeds (a
 * day's powder, liquids and water, split into feeds). The only package that uses ojAlgo.
 */
package org.ketoplan.compose;
