/**
 * Value types for nutrition arithmetic: nutrient amounts per 100 g, the macronutrients of a portion, the
 * ketogenic ratio, dietary units and the carbohydrate convention (net or total). Nothing here does I/O or
 * depends on any other ketoplan package.
 */
package org.ketoplan.nutrition;
