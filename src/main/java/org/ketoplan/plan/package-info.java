/**
 * The plan of record ({@code plan.json}): the patient and prescription a plan was made for, the composition of
 * every food it uses, every day's meals and feeds with their foods and grams, the day's feeds as made up, the
 * initiation ramp's step, per-meal and per-day totals and checks (energy, protein and carbohydrate against the
 * prescription, fluid, feed volume and density, micronutrients); and the menu planner that writes it, serving only
 * recipes whose every food the {@link org.ketoplan.safety.SafetyPolicy} lets reach the child (the plan stores the
 * child's allergies and recorded exceptions, so an extension, a check and the meal log apply them too). Exports,
 * day sheets, reminders and the diary all read this one file, checked as a whole when it is read
 * ({@link org.ketoplan.plan.PlanValidation}): values in range, and values that agree with each other, or
 * {@code plan check} to list and recompute them. Fields added later are optional, so older plan files still read.
 * {@link org.ketoplan.plan.BatchPlanner} plans a folder of patients (or a clinic workspace) in one process.
 */
package org.ketoplan.plan;
