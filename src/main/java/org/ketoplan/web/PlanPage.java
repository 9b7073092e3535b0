package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.export.DaySheets;
import org.ketoplan.export.Paper;
import org.ketoplan.export.PlanWorkbook;
import org.ketoplan.export.Reminders;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanCheck;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

/**
 * The plan: generate or extend it for N days, a week view of each meal's recipe, grams, ratio and kcal with each
 * day's checks, the plan check, and the downloads the CLI writes (workbook, day sheets, calendar, today's sheet).
 */
final class PlanPage {
    private final Clinic clinic;

    PlanPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        render(ctx, p, ctx.queryParam("week"), ctx.queryParam("done"), null, null);
    }

    void render(Context ctx, Workspace.PatientDir p, String weekParam, String message, String problem,
                PlanCheck.Result check) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("today", clinic.today().toString());
        m.put("message", message == null ? null : switch (message) {
            case "planned" -> "Planned and saved plan.json.";
            case "extended" -> "Extended and saved plan.json.";
            default -> null;
        });
        m.put("problem", problem);
        m.put("check", check == null ? null : WeekView.check(check));
        if (!p.planned()) {
            m.put("plan", null);
            ctx.html(Templates.render("plan.jte", m));
            return;
        }
        Plan plan = PlanFile.read(p.planFile());
        int weeks = (plan.days().size() + 6) / 7;
        int week = week(weekParam, plan, weeks);
        m.put("plan", WeekView.of(plan, week, weeks, clinic.today()));
        ctx.html(Templates.render("plan.jte", m));
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
            Patient patient = PatientFile.read(p.patientFile());
            MenuPlanner planner = clinic.planner();
            Plan plan;
            if (extend) {
                if (!p.planned()) {
                    throw new BadInputException("plan.json: there is no plan to extend; plan the first days");
                }
                Plan before = PlanFile.read(p.planFile());
                PlanFile.requireFoodDataVersion(p.planFile(), before, clinic.foods().dataVersion());
                LocalDate next = before.end().plusDays(1);
                plan = planner.extend(before, patient, days, false, null,
                        SafetyPolicy.of(Child.of(patient, next), clinic.foods(), SafetyPolicy.Options.NONE));
            } else {
                LocalDate start = date(ctx.formParam("start"));
                plan = planner.plan(patient, new MenuPlanner.Settings(start, days, MenuPlanner.DEFAULT_SEED, 1,
                        Tolerances.DEFAULT, null), SafetyPolicy.of(Child.of(patient, start), clinic.foods(),
                        SafetyPolicy.Options.NONE));
            }
            PlanFile.write(p.planFile(), plan, true);
        } catch (BadInputException | org.ketoplan.common.NoSolutionException e) {
            ctx.status(e instanceof BadInputException ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, p, null, null, e.getMessage(), null);
            return;
        }
        ctx.redirect("/p/" + p.id() + "/plan?done=" + (extend ? "extended" : "planned"), HttpStatus.SEE_OTHER);
    }

    /** {@code plan check}: recomputes every meal with today's food data and rules; changes nothing. */
    void check(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        if (!p.planned()) {
            throw new BadInputException("plan.json: there is no plan to check");
        }
        PlanFile.Checked read = PlanFile.readForCheck(p.planFile());
        Plan plan = read.plan();
        PlanCheck.Result r = PlanCheck.check(plan, clinic.foods(), SafetyPolicy.of(MenuPlanner.child(plan, null),
                clinic.foods(), SafetyPolicy.Options.NONE), read.inconsistencies());
        render(ctx, p, ctx.formParam("week"), null, null, r);
    }

    /** plan.xlsx, days.pdf, today.pdf or meals.ics, made from plan.json as the CLI makes them. */
    void download(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        if (!p.planned()) {
            throw new Workspace.NotFound("no plan yet");
        }
        Plan plan = PlanFile.read(p.planFile());
        String file = ctx.pathParam("file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type;
        try {
            switch (file) {
                case "plan.xlsx" -> {
                    PlanWorkbook.write(plan, Paper.A4, clinic::foods, out, true);
                    type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
                case "days.pdf" -> {
                    DaySheets.write(plan, plan.days(), Paper.A4, out);
                    type = "application/pdf";
                }
                case "today.pdf" -> {
                    PlanDay today = plan.day(clinic.today()).orElseThrow(() -> new BadInputException(
                            "today (" + clinic.today() + ") is outside the plan (" + plan.start() + " to "
                                    + plan.end() + ")"));
                    DaySheets.write(plan, List.of(today), Paper.A4, out);
                    type = "application/pdf";
                }
                case "meals.ics" -> {
                    Reminders.write(plan, Reminders.zone(null, plan, "plan.json"), 10, out);
                    type = "text/calendar; charset=utf-8";
                }
                default -> throw new Workspace.NotFound("no download '" + file + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + p.id() + "-" + file + "\"");
        ctx.contentType(type).result(out.toByteArray());
    }

    /** The number of days from the form, with the CLI's bounds and message. */
    static int days(String text) {
        int days;
        try {
            days = Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("days: '" + text + "' is not a whole number");
        }
        if (days < 1 || days > MenuPlanner.MAX_DAYS) {
            throw new BadInputException("days: must be 1 to " + MenuPlanner.MAX_DAYS + ", not " + days);
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
