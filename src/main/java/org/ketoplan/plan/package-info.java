/**
 * The plan of record ({@code plan.json}): the patient and prescription a plan was made for, the composition of
 * every food it uses, every day's meals with their foods and grams, per-meal and per-day totals and checks; and
 * the menu planner that writes it, serving only recipes whose every food the
 * {@link org.ketoplan.safety.SafetyPolicy} lets reach the child (the plan stores the child's allergies and recorded
 * exceptions, so an extension, a check and the meal log apply them too). Exports, day sheets, reminders and the
 * diary all read this one file, checked as a whole when it is read ({@link org.ketoplan.plan.PlanValidation}):
 * values in range, and values that agree with each other, or {@code plan check} to list and recompute them.
 * {@link org.ketoplan.plan.BatchPlanner} plans a folder of patients (or a clinic workspace) in one process.
 */
package org.ketoplan.plan;
