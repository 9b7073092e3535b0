/**
 * The recipe library: recipe files (one YAML file per recipe, shipped in {@code recipes/} and read from users'
 * folders), their ingredients ({@link org.ketoplan.recipe.RecipeIngredient}) with roles and preferred grams at a reference meal size, the slots, ages and
 * textures they suit, checks of their foods against a {@link org.ketoplan.food.FoodDatabase} and infant-safety
 * rules, scaling to another meal size, and {@link org.ketoplan.recipe.RecipeWriter}, which writes a recipe as the
 * file {@link org.ketoplan.recipe.RecipeFile} reads (the browser's "Save as a recipe").
 */
package org.ketoplan.recipe;
