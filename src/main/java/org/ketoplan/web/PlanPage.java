package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.app.PlanEditService;
import org.ketoplan.app.PlanService;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Progress;
import org.ketoplan.export.PlanSource;
import org.ketoplan.export.Paper;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanCheck;
import org.ketoplan.prescription.Patient;
import org.ketoplan.safety.SafetyPolicy;

/**
 * The plan: generate or extend it for N days, a week view of each meal's recipe, grams, ratio and kcal with each
 * day's checks, the plan check, and the downloads the CLI writes (workbook, day sheets, calendar, today's sheet).
 */
final class PlanPage {
    /** The reminders' alarm, minutes before each meal: the CLI's default ({@code remind --alarm}). */
    static final int REMINDER_ALARM_MINUTES = 10;

    private final Clinic clinic;

    PlanPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        String done = ctx.queryParam("done");
        render(ctx, p, ctx.queryParam("week"), done == null ? null : switch (done) {
            case "planned" -> "Planned and saved plan.json.";
            case "extended" -> "Extended and saved plan.json.";
            default -> null;
        }, null, null);
    }

    void render(Context ctx, Workspace.PatientDir p, String weekParam, String message, String problem,
                PlanCheck.Result check) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("today", clinic.today().toString());
        m.put("message", message);
        m.put("problem", problem);
        m.put("check", check == null ? null : WeekView.check(check));
        if (!p.planned()) {
            m.put("plan", null);
            ctx.html(Templates.render("plan.jte", m));
            return;
        }
        Plan plan = clinic.app().plans().read(p.planFile());
        int weeks = (plan.days().size() + 6) / 7;
        int week = week(weekParam, plan, weeks);
        Map<String, List<Views.RecipeChoice>> swaps = new HashMap<>();
        m.put("plan", WeekView.of(plan, week, weeks, clinic.today(), slot -> swaps.computeIfAbsent(slot.toLowerCase(
                java.util.Locale.ROOT), k -> clinic.app().planEdits().choices(plan, slot).stream()
                .map(r -> new Views.RecipeChoice(r.id(), r.name())).toList())));
        ctx.html(Templates.render("plan.jte", m));
    }

    static LocalDate mealDate(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("date: '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private int week(String param, Plan plan, int weeks) {
        if (param != null) {
            try {
                int w = Integer.parseInt(param);
                if (w >= 1 && w <= weeks) {
                    return w;
                }
            } catch (NumberFormatException e) {
                // the week of today, below
            }
        }
        LocalDate today = clinic.today();
        if (!today.isBefore(plan.start()) && !today.isAfter(plan.end())) {
            return (int) (java.time.temporal.ChronoUnit.DAYS.between(plan.start(), today) / 7) + 1;
        }
        return 1;
    }

    /** Plans N days from a date (replacing plan.json), or extends the plan by N days. */
    void generate(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        boolean extend = "extend".equals(ctx.formParam("mode"));
        try {
            int days = days(ctx.formParam("days"));
            var app = clinic.app();
            Patient patient = app.prescriptions().read(p.patientFile());
            Plan plan;
            if (extend) {
                if (!p.planned()) {
                    throw new BadInputException("plan.json: there is no plan to extend; plan the first days");
                }
                plan = app.plans().extend(new PlanService.ExtendJob(p.planFile(), patient, days, false, null, null,
                        null, SafetyPolicy.Options.NONE)).plan();
            } else {
                LocalDate start = date(ctx.formParam("start"));
                plan = app.plans().plan(new PlanService.PlanJob(patient, start, days, settings(ctx.formParam("step")),
                        null, SafetyPolicy.Options.NONE), Progress.NONE);
            }
            app.plans().write(p.planFile(), plan, true);
        } catch (BadInputException | org.ketoplan.common.NoSolutionException e) {
            ctx.status(e instanceof BadInputException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, p, null, null, e.getMessage(), null);
            return;
        }
        ctx.redirect("/p/" + p.id() + "/plan?done=" + (extend ? "extended" : "planned"), HttpStatus.SEE_OTHER);
    }

    /**
     * One meal swapped for another recipe ({@code action=swap}) or composed again from its own ({@code resolve}),
     * composed to that meal's targets, plan.json written back, and the plan check of the result shown.
     */
    void editMeal(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        if (!p.planned()) {
            throw new BadInputException("plan.json: there is no plan to change");
        }
        String week = ctx.formParam("week");
        try {
            LocalDate date = mealDate(ctx.formParam("date"));
            String slot = ctx.formParam("slot");
            var edits = clinic.app().planEdits();
            PlanEditService.Edited e = switch (String.valueOf(ctx.formParam("action"))) {
                case "swap" -> edits.swap(p.planFile(), date, slot, ctx.formParam("recipe"));
                case "resolve" -> edits.resolve(p.planFile(), date, slot);
                default -> throw new BadInputException("action: give swap or resolve");
            };
            var meal = e.meal();
            String said = meal.slot() + " on " + date + (("swap".equals(ctx.formParam("action")))
                    ? " swapped to " : " composed again: ") + meal.recipeName() + ", " + Views.num(meal.totals()
                    .kcal(), 1) + " kcal, " + org.ketoplan.nutrition.Ratio.format(meal.totals().ratio())
                    + (meal.withinTolerance() ? "" : " (NOT within tolerance)") + "; saved plan.json.";
            render(ctx, p, week, said, null, e.check());
        } catch (BadInputException | org.ketoplan.common.NoSolutionException ex) {
            ctx.status(ex instanceof BadInputException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, p, week, null, ex.getMessage(), null);
        }
    }

    /** {@code plan check}: recomputes every meal with today's food data and rules; changes nothing. */
    void check(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        if (!p.planned()) {
            throw new BadInputException("plan.json: there is no plan to check");
        }
        PlanCheck.Result r = clinic.app().planChecks().check(p.planFile(), false, null, false,
                SafetyPolicy.Options.NONE).result();
        render(ctx, p, ctx.formParam("week"), null, null, r);
    }

    /** plan.xlsx, days.pdf, today.pdf or meals.ics, made from plan.json as the CLI makes them. */
    void download(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        if (!p.planned()) {
            throw new Workspace.NotFound("no plan yet");
        }
        String file = ctx.pathParam("file");
        var exports = clinic.app().exports();
        PlanSource source = exports.read(p.planFile());
        Plan plan = source.plan();
        String name = p.id() + "-" + file;
        switch (file) {
            case "plan.xlsx" -> Downloads.send(ctx, name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    out -> exports.workbook(source, Paper.A4, out, false, Progress.NONE));
            case "days.pdf" -> Downloads.send(ctx, name, "application/pdf",
                    out -> exports.daySheets(source, plan.days(), Paper.A4, out, false, Progress.NONE));
            case "today.pdf" -> {
                LocalDate today = clinic.today();
                if (plan.day(today).isEmpty()) {
                    throw new BadInputException("today (" + today + ") is outside the plan (" + plan.start()
                            + " to " + plan.end() + ")");
                }
                Downloads.send(ctx, name, "application/pdf", out -> exports.daySheets(source,
                        exports.days(source, today, null, null), Paper.A4, out, false, Progress.NONE));
            }
            case "meals.ics" -> Downloads.send(ctx, name, "text/calendar; charset=utf-8",
                    out -> exports.reminders(source, exports.zone(source, null), REMINDER_ALARM_MINUTES, out,
                            false));
            default -> throw new Workspace.NotFound("no download '" + file + "'");
        }
    }

    /** The commands' default settings at the step of the form (1 or 0.1 g, as {@code plan --step}). */
    static PlanService.PlanSettings settings(String step) {
        PlanService.PlanSettings d = PlanService.PlanSettings.DEFAULT;
        if (step == null || step.isBlank() || step.strip().equals("1")) {
            return d;
        }
        if (!step.strip().equals("0.1")) {
            throw new BadInputException("step: '" + step + "' is not a scale step (give 1 or 0.1)");
        }
        return new PlanService.PlanSettings(d.seed(), 0.1, d.ratioTolerance(), d.kcalTolerancePct(),
                d.proteinBandPct(), d.minAmountG());
    }

    /** The number of days from the form (the plan service checks its bounds). */
    static int days(String text) {
        int days;
        try {
            days = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("days: '" + text + "' is not a whole number");
        }
        return days;
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return clinic.today();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("start: '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

}
