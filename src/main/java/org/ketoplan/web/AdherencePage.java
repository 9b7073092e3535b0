package org.ketoplan.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.DateWords;
import org.ketoplan.common.FieldError;
import org.ketoplan.diary.AdherenceOptions;
import org.ketoplan.diary.AdherenceReport;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;

/**
 * The adherence report for a chosen period, as {@code adherence} computes it: the period's and each week's and
 * day's adherence and logged %, seizures against the baseline, ketones, the charts and the definitions; and the
 * same downloads as {@code adherence --out}.
 */
final class AdherencePage {
    private final Clinic clinic;

    AdherencePage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("report", null);
        m.put("problem", null);
        m.put("charts", List.of());
        if (!p.planned()) {
            m.put("from", "");
            m.put("to", "");
            m.put("baseline", "");
            m.put("problem", "No plan yet: plan the days first; the report compares the diary with the plan.");
            ctx.html(Templates.render("adherence.jte", m));
            return;
        }
        Plan plan = clinic.app().plans().read(p.planFile());
        String from = param(ctx, "from", plan.start().toString());
        LocalDate today = clinic.today();
        String to = param(ctx, "to", (today.isAfter(plan.end()) ? plan.end() : today.isBefore(plan.start())
                ? plan.start() : today).toString());
        String baseline = param(ctx, "baseline", "");
        m.put("from", from);
        m.put("to", to);
        m.put("baseline", baseline);
        try {
            // the start as the user gave it (empty: the plan's first day, as the command's default), so a bad
            // end is reported as the command reports it; the form shows the defaults filled in
            AdherenceReport r = report(p, plan, param(ctx, "from", ""), param(ctx, "to", to), baseline);
            m.put("report", view(r));
            m.put("charts", Charts.of(r));
            m.put("query", "from=" + from + "&to=" + to + (baseline.isBlank() ? "" : "&baseline=" + baseline));
        } catch (BadInputException e) {
            ctx.status(400);
            m.put("problem", e.getMessage());
        }
        ctx.html(Templates.render("adherence.jte", m));
    }

    /**
     * report.xlsx (tables and chart), report.pdf (one-page clinic summary) or report.json (every figure), as
     * {@code adherence --out} writes them.
     */
    void download(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        String file = ctx.pathParam("file");
        String type = switch (file) {
            case "report.xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "report.pdf" -> "application/pdf";
            case "report.json" -> "application/json";
            default -> throw new Workspace.NotFound("no download '" + file + "'");
        };
        if (!p.planned()) {
            throw new Workspace.NotFound("no plan yet");
        }
        AdherenceReport r = report(p, clinic.app().plans().read(p.planFile()), param(ctx, "from", ""),
                param(ctx, "to", ""), param(ctx, "baseline", ""));
        Downloads.send(ctx, p.id() + "-" + file, type, out -> clinic.app().adherence().write(r, out, false,
                org.ketoplan.export.Paper.A4, false));
    }

    /** The report of the patient's diary against {@code plan} (read once by the caller). */
    private AdherenceReport report(Workspace.PatientDir p, Plan plan, String from, String to, String baseline) {
        Double base = null;
        if (!baseline.isBlank()) {
            try {
                base = Numbers.parse(baseline, "baseline");
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        AdherenceOptions options;
        try {
            // the command's own date words and message, naming the page's field (from, to)
            options = new AdherenceOptions(from.isBlank() ? null : DateWords.parse("from", from, clinic.today()),
                    to.isBlank() ? null : DateWords.parse("to", to, clinic.today()), AdherenceOptions.KCAL_LOW_PCT,
                    AdherenceOptions.KCAL_HIGH_PCT, AdherenceOptions.RATIO_MIN_PCT, base,
                    AdherenceOptions.KETONE_LOW, AdherenceOptions.KETONE_HIGH, AdherenceOptions.MIN_CORRELATION_DAYS);
        } catch (FieldError e) { // named as the page's field, as the command names its option
            throw new BadInputException((e.field().equals("baseline_seizures_per_day") ? "baseline" : e.field())
                    + ": " + e.problem());
        }
        var service = clinic.app().adherence();
        return service.report(plan, service.diary(plan, p.diaryDir()), options, true);
    }

    private static String param(Context ctx, String name, String otherwise) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? otherwise : v.strip();
    }

    private static Views.Report view(AdherenceReport r) {
        List<Views.ReportRow> weeks = new ArrayList<>();
        for (AdherenceReport.Week w : r.weeks()) {
            weeks.add(row("week " + w.week() + " (" + w.from() + " to " + w.to() + ")", w.summary()));
        }
        List<Views.DayRow> days = new ArrayList<>();
        for (AdherenceReport.Day d : r.days()) {
            days.add(new Views.DayRow(d.date().toString(), d.loggedMeals() + " of " + d.plannedMeals(),
                    Views.pct(d.adherencePct()), Views.pct(d.loggedPct()), d.kcalPct() == null ? ""
                    : Views.pct(d.kcalPct()), d.ratio() == null ? "" : Ratio.format(Math.round(d.ratio() * 100)
                    / 100.0), d.seizures() == null ? "" : d.seizures().toString(), d.ketonesBloodMmol() == null
                    ? "" : Views.num(d.ketonesBloodMmol(), 1), d.ill() == null ? "" : d.ill() ? "yes" : "no"));
        }
        AdherenceReport.Ketones k = r.ketones();
        String ketones = k.bloodReadings() == 0 ? "no blood ketone readings" : k.bloodReadings()
                + (k.bloodReadings() == 1 ? " reading, " : " readings, ")
                + k.inRange() + " in " + Views.num(k.targetLowMmol(), 0) + "-" + Views.num(k.targetHighMmol(), 0)
                + " mmol/L" + (k.inRangePct() == null ? "" : " (" + Views.pct(k.inRangePct()) + ")")
                + (k.bloodMeanMmol() == null ? "" : ", mean " + Views.num(k.bloodMeanMmol(), 1) + " mmol/L");
        String seizures = r.seizures().baselinePerDay() == null ? "no baseline" : "baseline "
                + Views.num(r.seizures().baselinePerDay(), 1) + " a day (" + r.seizures().baselineSource() + ")"
                + (r.seizures().responderWeeks().isEmpty() ? "" : "; responder weeks (50 % or fewer seizures): "
                + r.seizures().responderWeeks());
        String note = r.correlation().note() == null ? "" : r.correlation().note();
        String correlation = r.correlation().spearmanRho() == null ? (note.isEmpty() ? "" : "Correlation: " + note)
                : "Correlation: Spearman rho " + Views.num(r.correlation().spearmanRho(), 2) + " over " + r.correlation().days()
                + " days; " + note;
        return new Views.Report(r.patient(), r.from() + " to " + r.to(), r.nothingLogged(), row("period",
                r.period()), weeks, days, seizures, ketones, correlation == null ? "" : correlation,
                r.definitions(), r.warnings(), r.skipped());
    }

    private static Views.ReportRow row(String label, AdherenceReport.Summary s) {
        return new Views.ReportRow(label, s.plannedMeals() + "", s.loggedMeals() + "", s.adherentMeals() + "",
                Views.pct(s.adherencePct()), Views.pct(s.loggedPct()), s.seizuresPerDay() == null ? ""
                : Views.num(s.seizuresPerDay(), 1), s.seizureChangePct() == null ? ""
                : Views.num(s.seizureChangePct(), 0) + " %");
    }
}
