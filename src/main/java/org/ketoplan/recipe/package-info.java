/**
 * The recipe library: recipe files (one YAML file per recipe, shipped in {@code recipes/} and read from users'
 * folders), their ingredients ({@link org.ketoplan.recipe.RecipeIngredient}) with roles and preferred grams at a reference meal size, the slots, ages and
 * textures they suit, checks of their foods against a {@link org.ketoplan.food.FoodDatabase} and infant-safety
 * rules, and scaling to another meal size.
 */
package org.ketoplan.recipe;
