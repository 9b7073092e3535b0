/**
 * The prescription: the child's profile (age, weight), the daily energy, ratio and protein with the sources
 * of their defaults, the split into meals and snacks, medicines' carbohydrate, the initiation ramp, and the
 * resulting {@link org.ketoplan.prescription.MealTarget}s that the composer works to.
 */
package org.ketoplan.prescription;
