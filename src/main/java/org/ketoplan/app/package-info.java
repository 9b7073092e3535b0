/**
 * The application layer: one service per job a person asks ketoplan to do, for every front end (the command line,
 * the browser workspace). A front end maps its inputs to a request, calls one service, and renders the result;
 * it holds no diet logic, and no service knows how it was asked.
 *
 * <ul>
 *   <li>{@link org.ketoplan.app.PrescriptionService}: a patient from a file or from values; the day's and each
 *       meal's targets; an initiation ramp's steps; a new patient file's template; every default with its
 *       source.</li>
 *   <li>{@link org.ketoplan.app.MealService}: one meal of chosen foods, or a recipe, composed to a target
 *       ({@link org.ketoplan.app.TargetRequest}) for a child ({@link org.ketoplan.app.ChildRequest}).</li>
 *   <li>{@link org.ketoplan.app.FormulaService}: a day of infant feeds made up.</li>
 *   <li>{@link org.ketoplan.app.PlanService}: a menu plan, a plan extended, every patient of a folder; the plan
 *       file read and written.</li>
 *   <li>{@link org.ketoplan.app.PlanEditService}: one planned meal swapped for another recipe or composed
 *   again, to that meal's targets under the planner's rules, or set to a meal built by hand; the plan written
 *   and checked.</li>
 *   <li>{@link org.ketoplan.app.PlanCheckService}: a plan checked against today's foods and rules, and fixed.</li>
 *   <li>{@link org.ketoplan.app.ExportService}: the workbook, CSV and JSON, day sheets, reminders.</li>
 *   <li>{@link org.ketoplan.app.DiaryService}: a meal as eaten, a day's notes, a seizure, a ketone or glucose
 *       reading, a filled-in workbook imported.</li>
 *   <li>{@link org.ketoplan.app.AdherenceService}: the adherence report, as data or written.</li>
 *   <li>{@link org.ketoplan.app.FoodService} and {@link org.ketoplan.app.RecipeService}: search and show (a recipe
 *       checked as a file).</li>
 * </ul>
 *
 * <p>{@link org.ketoplan.app.Workspace} holds the food database and recipe library a session works with (read
 * once, on first use); {@link org.ketoplan.app.Application} gives every service over one workspace.
 *
 * <p>Errors: a request that makes no sense fails with {@link org.ketoplan.app.InvalidRequest}, the one bad-input
 * type of requests, which names the field ("kcal", "max_food") and its value and refers to other fields by name, so
 * that each front end says it with its own labels; a file that does not read fails with
 * {@link org.ketoplan.common.BadInputException} naming file:line; no amounts that keep every band is
 * {@link org.ketoplan.common.NoSolutionException}. Any other exception is a bug. Services never mention a front
 * end's words (no option names, no form labels): a text that names a setting (a formula's caution, a rule in the
 * sources list, the report's skipped rows) refers to its field ({@link org.ketoplan.common.Phrase}), which the front
 * end writes with its own label; where a front end's words are wanted in a file (the patient template's "check it
 * with" line), the front end passes them in.
 */
package org.ketoplan.app;
