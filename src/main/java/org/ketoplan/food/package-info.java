/**
 * Foods and the nutrient database: the {@link org.ketoplan.food.Food} record, the
 * {@link org.ketoplan.food.FoodDatabase} (load, search, look up by id or name), the shipped data files under
 * {@code foods/}, user food files in YAML (a file, or a folder of them such as a clinic workspace's {@code foods/}),
 * and the importers that write the shipped data (USDA SR24 XML jar,
 * FoodData Central CSV). Every food carries its {@link org.ketoplan.food.Allergens} (groups of
 * {@link org.ketoplan.food.Allergen}): shipped foods from the reviewed table {@code foods/allergens.csv}
 * ({@link org.ketoplan.food.AllergenTable}, derived by {@link org.ketoplan.food.AllergenRules}), compiled into the
 * snapshot; user foods from their {@code allergens:} field, or unknown. Every CSV table (the shipped food, allergen
 * and short-name tables, FoodData Central files) is read by one reader, {@code CsvRows} (Jackson CSV), whose errors
 * name the file and line.
 */
package org.ketoplan.food;
