/**
 * The plan of record ({@code plan.json}): the patient and prescription a plan was made for, the composition of
 * every food it uses, every day's meals and feeds with their foods and grams, the day's feeds as made up, the
 * initiation ramp's step, per-meal and per-day totals and checks (energy, protein and carbohydrate against the
 * prescription, fluid, feed volume and density, micronutrients); and the menu planner that writes it, serving only
 * recipes whose every food the {@link org.ketoplan.safety.SafetyPolicy} lets reach the child (the plan stores the
 * child's allergies and recorded exceptions, so an extension, a check and the meal log apply them too). Exports,
 * day sheets, reminders and the diary all read this one file, checked as a whole when it is read
 * ({@link org.ketoplan.plan.PlanValidation}): values in range, and values that agree with each other, or
 * {@code plan check} to list and recompute them. The record is typed: a slot's kind is a
 * {@link org.ketoplan.plan.MealKind}, a food's unit a {@link org.ketoplan.food.Basis}, totals and tolerances reject
 * negative and non-finite values; {@link org.ketoplan.plan.PlanFile} is the one place the file is read and written
 * (format version 2; version 1 files, the same fields with kind and unit as free text, still read and are written
 * back as 2). Fields added later are optional, so older plan files still read. Recipes are tried least repetitive
 * first ({@link org.ketoplan.plan.Variety}).
 * {@link org.ketoplan.plan.BatchPlanner} plans a folder of patients (or a clinic workspace) in one process.
 * {@link org.ketoplan.plan.MealSwap} composes one meal of a plan again (another recipe, or its own) to that meal's
 * targets under the planner's rules, or sets it to foods at given amounts (the browser's meal builder), judged
 * against that meal's bands, keeping the rest of the plan.
 */
package org.ketoplan.plan;
