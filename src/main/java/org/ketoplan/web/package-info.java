/**
 * The browser workspace of {@code ketoplan serve}: server-rendered pages over a clinic folder (one sub-folder per
 * patient with {@code patient.yaml}, {@code plan.json} and {@code diary/}, and the clinic's own foods and recipes in
 * {@code foods/} and {@code recipes/}: the files the command line uses), on
 * Javalin with JTE templates ({@code src/main/jte}, compiled at build time) and a little progressive JavaScript
 * ({@code src/main/resources/web/app.js}, plain {@code fetch}); no Node.js build.
 *
 * <p>Handlers only parse, call the application layer ({@link org.ketoplan.app}) and render: {@link
 * org.ketoplan.web.CaseloadPage}, {@link org.ketoplan.web.PatientPage} (with {@link org.ketoplan.web.PatientForm},
 * the patient file as a form, and {@link org.ketoplan.web.PatientFileText}, a save as an edit of the file's own
 * text that keeps its comments and layout), {@link org.ketoplan.web.PlanPage} ({@link org.ketoplan.web.WeekView}; a meal swapped
 * or composed again through {@link org.ketoplan.app.PlanEditService}), {@link org.ketoplan.web.MealBuilderPage}
 * (its meal saved into one meal of the plan through the same service, or as a clinic recipe by {@link
 * org.ketoplan.web.RecipeSave}; amounts on the plan's scale step), {@link org.ketoplan.web.FoodsPage} (the clinic's
 * foods and recipes, {@link org.ketoplan.web.ClinicFiles}, and the upload of a foods file),
 * {@link org.ketoplan.web.DiaryPage} (with {@link org.ketoplan.web.DiaryEvents}: seizures and blood readings) and
 * {@link org.ketoplan.web.AdherencePage}
 * ({@link org.ketoplan.web.Charts}); {@link org.ketoplan.web.Views} holds what the templates show, already
 * formatted. One adapter does domain work itself: the meal builder's checks of amounts as typed (totals and
 * bands of foods not solved), which no service offers; solving goes through the meal service.
 *
 * <p>{@link org.ketoplan.web.Clinic} holds the application's services over the shipped foods and recipes plus the
 * clinic's, and makes them again when a file of {@code foods/} or {@code recipes/} changes (by a page, or by hand:
 * its size or modification time), so the composer's cache never serves a stale food.
 *
 * <p>Security ({@link org.ketoplan.web.Security}): loopback by default; a random 256-bit token in the printed
 * address, kept as an HttpOnly SameSite=Strict cookie and required on every request; the Host header must name
 * this server (DNS rebinding) and every change must carry this server's Origin (cross-site requests); a strict
 * Content-Security-Policy (scripts and styles only from here, no inline code); templates escape all text; nothing
 * is logged (SLF4J goes nowhere), so no patient data reaches a log; request bodies are capped at
 * {@link org.ketoplan.web.WebServer#MAX_REQUEST_BYTES}.
 */
package org.ketoplan.web;
