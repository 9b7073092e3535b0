/**
 * The diary of what a child ate and how the day went ({@code meals.csv}, {@code days.csv}, {@code seizures.csv} for
 * each seizure or cluster of spasms and {@code readings.csv} for timed blood ketones and glucose, in a diary folder,
 * appended to and never rewritten; the last row for a key wins; a diary from before the last two files reads as it
 * did), the import of a filled-in plan workbook (eaten grams and its Diary sheet), and the adherence report: meals
 * eaten as planned, set beside clusters or seizures, spasms, ketones, glucose at its action level, sleep, stress and
 * illness, by day, week and period, with each of the last four weeks against the week before
 * ({@link org.ketoplan.diary.WeekTrends}). {@link org.ketoplan.diary.MealLog} takes a food by its id or its name.
 *
 * <p>The files are read and appended through {@link org.ketoplan.diary.DiaryFiles} only: rows with Jackson's CSV
 * module, the folder locked from the check of what is logged to the append, appends whole or not at all
 * ({@link org.ketoplan.common.AppendOnlyFolder}).
 */
package org.ketoplan.diary;
