/**
 * The recipe library: recipe files (one YAML file per recipe, shipped in {@code recipes/} and read from users'
 * folders), their ingredients ({@link org.ketoplan.recipe.RecipeIngredient}) with roles and preferred grams at a reference meal size, the slots, ages and
 * textures they suit, checks of their foods against a {@link org.ketoplan.food.FoodDatabase} and infant-safety
 * rules, scaling to another meal size, and {@link org.ketoplan.recipe.RecipeWriter}, which writes a recipe as the
 * file {@link org.ketoplan.recipe.RecipeFile} reads (the browser's "Save as a recipe", whose first guesses of roles and protein source are
 * {@link org.ketoplan.recipe.RecipeGuesses}). Recipe files are read by the
 * one YAML reader, {@link org.ketoplan.common.Document}; the value types reject a field with a
 * {@link org.ketoplan.common.FieldError}, which the reader places at that field's line
 * ("egg.yaml:9: ingredients[1].grams: must not be negative (-5)").
 */
package org.ketoplan.recipe;
