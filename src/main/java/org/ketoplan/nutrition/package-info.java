/**
 * Value types for nutrition arithmetic: nutrient amounts per 100 g, the macronutrients of a portion, the
 * ketogenic ratio, dietary units and the carbohydrate convention (net or total). All diet arithmetic lives here:
 * the energy factors 9/4/4 ({@link org.ketoplan.nutrition.Energy}, also as a spreadsheet formula), net
 * carbohydrate, the ratio and sums ({@link org.ketoplan.nutrition.Macros}); no class outside this package writes
 * them. Nothing here does I/O or depends on any other ketoplan package.
 */
package org.ketoplan.nutrition;
