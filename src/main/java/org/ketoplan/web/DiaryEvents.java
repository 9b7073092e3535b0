package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.ketoplan.diary.DiaryTime;
import org.ketoplan.diary.Reading;
import org.ketoplan.diary.ReadingLog;
import org.ketoplan.diary.SeizureEvent;
import org.ketoplan.diary.SeizureLog;
import org.ketoplan.diary.SeizureType;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.prescription.ActionLevels;

/**
 * The diary page's seizure events (a cluster of spasms or another seizure, at the time it began) and timed blood
 * readings (ketones, glucose), appended through the diary service to the same {@code seizures.csv} and
 * {@code readings.csv} as {@code log seizure} and {@code log reading}; a reading past an action level is shown
 * with what to do and its source, as the command line prints it.
 */
final class DiaryEvents {
    private final Clinic clinic;
    private final DiaryPage page;

    DiaryEvents(Clinic clinic, DiaryPage page) {
        this.clinic = clinic;
        this.page = page;
    }

    void logSeizure(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        LocalDate date = DiaryPage.date(ctx.formParam("date"), null);
        try {
            LocalTime time = DiaryTime.parse("time", ctx.formParam("time"));
            String type = ctx.formParam("type");
            if (type == null || type.isBlank()) {
                throw new BadInputException("type: give spasms (a cluster of spasms) or other (another seizure)");
            }
            String spasms = ctx.formParam("spasms");
            Integer count = null;
            if (spasms != null && !spasms.isBlank()) {
                try {
                    count = Integer.parseInt(spasms.strip());
                } catch (NumberFormatException e) {
                    throw new BadInputException("spasms: '" + spasms + "' is not a whole number");
                }
            }
            SeizureEvent event = new SeizureEvent(date, time, SeizureType.parse(type), count,
                    DiaryPage.optional(ctx, "duration_min"), ctx.formParam("rescue"), ctx.formParam("note"));
            boolean replace = "true".equals(ctx.formParam("replace"));
            SeizureLog.Result r = clinic.app().diary().logSeizure(p.diaryDir(), event, replace);
            String done = (replace ? "Corrected: " : "Logged ") + event.describe() + " at "
                    + DiaryTime.format(time) + " on " + date + ". That day: " + r.dayCounts() + "."
                    + (r.warnings().isEmpty() ? "" : " Warning: " + String.join(" ", r.warnings()));
            ctx.redirect("/p/" + p.id() + "/diary?date=" + date + "&done=" + DiaryPage.enc(done),
                    HttpStatus.SEE_OTHER);
        } catch (BadInputException | IllegalArgumentException e) {
            refuse(ctx, p, date, e);
        }
    }

    void logReading(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        LocalDate date = DiaryPage.date(ctx.formParam("date"), null);
        try {
            LocalTime time = DiaryTime.parse("time", ctx.formParam("time"));
            Double ketones = DiaryPage.optional(ctx, "ketones_blood_mmol");
            String g = ctx.formParam("glucose_mmol");
            Double glucose = g == null || g.isBlank() ? null : Reading.glucoseMmol("glucose_mmol", g);
            if (ketones == null && glucose == null) {
                throw new BadInputException("give blood ketones, blood glucose or both");
            }
            Reading reading = new Reading(date, time, ketones, glucose, ctx.formParam("note"));
            boolean replace = "true".equals(ctx.formParam("replace"));
            ActionLevels levels = ActionLevels.defaults();
            ReadingLog.Result r = clinic.app().diary().logReading(p.diaryDir(), reading, replace, levels);
            List<String> parts = new ArrayList<>();
            if (ketones != null) {
                parts.add("ketones " + Numbers.plain(ketones) + " mmol/L");
            }
            if (glucose != null) {
                parts.add("glucose " + Numbers.plain(glucose) + " mmol/L");
            }
            StringBuilder done = new StringBuilder((replace ? "Corrected: " : "Logged ") + String.join(", ", parts)
                    + " at " + DiaryTime.format(time) + " on " + date + ".");
            for (ActionLevels.Flag f : r.flags()) {
                done.append(" ACT: ").append(f.text()).append("; follow your team's plan. Source: ")
                        .append(f.kind() == ActionLevels.Kind.LOW_GLUCOSE ? levels.glucoseSource()
                                : levels.ketonesSource());
            }
            r.warnings().forEach(w -> done.append(" Warning: ").append(w));
            ctx.redirect("/p/" + p.id() + "/diary?date=" + date + "&done=" + DiaryPage.enc(done.toString()),
                    HttpStatus.SEE_OTHER);
        } catch (BadInputException | IllegalArgumentException e) {
            refuse(ctx, p, date, e);
        }
    }

    /** The page again with the message of {@code e} (a diary message naming this page's controls), nothing written. */
    private void refuse(Context ctx, Workspace.PatientDir p, LocalDate date, RuntimeException e) {
        ctx.status(HttpStatus.BAD_REQUEST);
        page.render(ctx, p, date, null, e instanceof BadInputException b ? b.render(DiaryPage::label) : e.getMessage());
    }
}
