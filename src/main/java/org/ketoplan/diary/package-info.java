/**
 * The diary of what a child ate and how the day went ({@code meals.csv} and {@code days.csv} in a diary folder,
 * appended to and never rewritten; the last row for a key wins), the import of a filled-in plan workbook, and the
 * adherence report: meals eaten as planned, set beside seizures, ketones and other factors, by day, week and period.
 *
 * <p>The files are read and appended through {@link org.ketoplan.diary.DiaryFiles} only: rows with Jackson's CSV
 * module, the folder locked from the check of what is logged to the append, appends whole or not at all
 * ({@link org.ketoplan.common.AppendOnlyFolder}).
 */
package org.ketoplan.diary;
