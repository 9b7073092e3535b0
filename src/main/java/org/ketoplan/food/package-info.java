/**
 * Foods and the nutrient database: the {@link org.ketoplan.food.Food} record, the
 * {@link org.ketoplan.food.FoodDatabase} (load, search, look up by id or name), the shipped data files under
 * {@code foods/}, user food files in YAML, and the importers that write the shipped data (USDA SR24 XML jar,
 * FoodData Central CSV).
 */
package org.ketoplan.food;
