/**
 * The prescription: the child's profile and the patient file ({@link org.ketoplan.prescription.Patient},
 * {@link org.ketoplan.prescription.PatientFile}), the age-based defaults with their sources (energy, protein,
 * the meal pattern of feeds and meals, fluid, micronutrient reference intakes), breast milk, the initiation ramp,
 * dietary units rounded down, and {@link org.ketoplan.prescription.Prescriber}, which turns them into a
 * {@link org.ketoplan.prescription.DailyPrescription}: the day's, each meal's, feed's and snack's
 * {@link org.ketoplan.prescription.MealTarget} after medicines' carbohydrate and breastfeeds, and the day's fluid
 * target, for the composer and the planner. {@link org.ketoplan.prescription.Citation} holds the published sources
 * of the defaults (and of the safety rules), each with how well it was read; {@link org.ketoplan.prescription.Bounds}
 * the upper bounds of a prescription; {@link org.ketoplan.prescription.Allowance} an exception recorded in the
 * patient file ({@code allow:}).
 */
package org.ketoplan.prescription;
