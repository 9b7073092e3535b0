/**
 * What may reach a child of this age with these allergies: {@link org.ketoplan.safety.SafetyPolicy}, the one entry
 * point every path calls (plan, plan extension and fix, meal, recipe fit, formula, meal log), built from the child
 * ({@link org.ketoplan.safety.Child}: age, weight, allergies, recorded exceptions, exclusions). It applies the
 * allergen groups of the food database, the food-safety rules by age and the products' age indications of
 * {@link org.ketoplan.safety.SafetyRules} (data with their sources, {@code /safety/rules.yaml}), the family's
 * exclusions ({@link org.ketoplan.safety.Exclusions}), and checks that the weight is plausible for the age
 * ({@link org.ketoplan.safety.WeightForAge}). Uses nutrition, common, food, prescription and recipe.
 */
package org.ketoplan.safety;
