/**
 * The prescription: the child's profile and the patient file ({@link org.ketoplan.prescription.Patient},
 * {@link org.ketoplan.prescription.PatientFile}), the age-based defaults with their sources (energy, protein,
 * fluid, micronutrient reference intakes), and {@link org.ketoplan.prescription.Prescriber}, which turns them into
 * a {@link org.ketoplan.prescription.DailyPrescription}: the day's, each meal's and each snack's
 * {@link org.ketoplan.prescription.MealTarget} after medicines' carbohydrate, for the composer and the planner.
 */
package org.ketoplan.prescription;
