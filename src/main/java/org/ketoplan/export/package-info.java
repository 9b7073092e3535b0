/**
 * Every file ketoplan writes for people outside the program, and the one it reads back: the dietitian's plan
 * workbook (XLSX with live formulas; {@link org.ketoplan.export.PlanWorkbook} documents its layout), the parents'
 * printable day sheets (PDF, one page a day with household names, laid out by
 * {@link org.ketoplan.export.DaySheetParts}), meal and medicine reminders (iCalendar), flat CSV/JSON rows, the adherence report's
 * workbook and PDF, and the reader of a plan workbook a parent filled in (within POI's zip-bomb and size limits,
 * {@link org.ketoplan.export.PoiLimits}). The only package that imports Apache POI, PDFBox or ical4j. Plan exports
 * use the plan's own stored composition, never the food database's current values (only household measures come
 * from it); a plan made with other food data is exported all the same, with a typed
 * {@link org.ketoplan.export.PlanSource.Warning} that each front end words. The plan workbook is streamed (POI's SXSSF) and day sheets are drawn a day at a time, so a year's plan
 * costs about 13 times a four-week one, not more, in time and memory. Text from people is written as each format
 * needs: escaped and folded in iCalendar, without control characters in cells and PDFs, in fonts that have the
 * characters of any European name ({@link org.ketoplan.export.PdfText}). Every PDF is tagged
 * ({@link org.ketoplan.export.PdfTags}: structure, PDF/UA identification, language "en") with its fonts embedded.
 */
package org.ketoplan.export;
