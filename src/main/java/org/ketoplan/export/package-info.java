/**
 * Everything ketoplan writes for people outside the program from a plan of record: the dietitian's workbook
 * (XLSX with live formulas), the parents' printable day sheets (PDF), meal and medicine reminders (iCalendar),
 * and flat CSV/JSON rows. The only package that imports Apache POI, PDFBox or ical4j; it reads the plan's own
 * stored composition, never the food database's current values (only household measures come from it).
 */
package org.ketoplan.export;
