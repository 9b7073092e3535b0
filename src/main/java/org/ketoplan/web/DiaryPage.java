package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketoplan.app.DiaryService;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;
import org.ketoplan.diary.DayEntry;
import org.ketoplan.diary.DayLog;
import org.ketoplan.diary.DiaryFiles;
import org.ketoplan.diary.Located;
import org.ketoplan.diary.MealEntry;
import org.ketoplan.diary.MealLog;
import org.ketoplan.diary.UrineKetones;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.MealKind;
import org.ketoplan.plan.PlannedMeal;

/**
 * The parents' diary, phone-sized: the day's meals from the plan, each logged as all eaten, a percentage, refused
 * or the grams of each food; and the day's seizures, ketones, sleep and illness. Rows go to the same append-only
 * files as {@code log meal} and {@code log day} (under the diary's lock), so a refresh, a second tab or the CLI at
 * the same moment loses nothing; an entry is corrected by a new row, never by rewriting.
 */
final class DiaryPage {
    private final Clinic clinic;

    DiaryPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        LocalDate date = date(ctx.queryParam("date"), clinic.today());
        render(ctx, p, date, ctx.queryParam("done"), null);
    }

    void render(Context ctx, Workspace.PatientDir p, LocalDate date, String message, String problem) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("message", message);
        m.put("problem", problem);
        m.put("date", date.toString());
        m.put("weekday", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        m.put("previous", date.minusDays(1).toString());
        m.put("next", date.plusDays(1).toString());
        m.put("meals", null);
        m.put("day", null);
        if (p.planned()) {
            Plan plan = clinic.app().plans().read(p.planFile());
            PlanDay day = plan.day(date).orElse(null);
            m.put("planDates", plan.start() + " to " + plan.end());
            if (day != null) {
                m.put("meals", meals(p, plan, day));
            }
        } else {
            m.put("planDates", null);
        }
        // the day, seizures and readings need no plan: logged before the diet starts, they are the baseline
        m.put("day", dayValues(p, date));
        ctx.html(Templates.render("diary.jte", m));
    }

    /** Each planned meal (feeds too) with what the diary holds for it. */
    private List<Views.DiaryMeal> meals(Workspace.PatientDir p, Plan plan, PlanDay day) {
        Map<String, Map<String, MealEntry>> logged = new HashMap<>();
        for (Located<MealEntry> l : DiaryFiles.readMeals(p.diaryDir()).rows()) {
            MealEntry e = l.value();
            if (e.date().equals(day.date())) {
                logged.computeIfAbsent(e.meal().toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>()).put(e.food(), e);
            }
        }
        int decimals = plan.tolerances().step() < 1 ? 1 : 0;
        List<Views.DiaryMeal> out = new ArrayList<>();
        for (PlannedMeal m : day.meals()) {
            if (m.kind() == MealKind.BREASTFEED) {
                continue;
            }
            List<Views.DiaryFood> foods = new ArrayList<>();
            for (PlannedFood f : m.foods()) {
                if (f.counted()) {
                    foods.add(new Views.DiaryFood(f.id(), f.name(), Views.num(f.amount(), decimals),
                            f.unit().unit()));
                }
            }
            Map<String, MealEntry> rows = logged.getOrDefault(m.slot().toLowerCase(Locale.ROOT), Map.of());
            String status = "";
            if (!rows.isEmpty()) {
                boolean refused = rows.values().stream().anyMatch(MealEntry::refusal);
                double eaten = 0;
                double planned = 0;
                for (MealEntry e : rows.values()) {
                    if (!e.refusal()) {
                        eaten += e.eatenG();
                        planned += e.plannedG() == null ? 0 : e.plannedG();
                    }
                }
                status = refused && eaten == 0 ? "logged: refused" : "logged: " + Views.num(eaten, decimals)
                        + " g eaten of " + Views.num(planned, decimals) + " g planned";
            }
            out.add(new Views.DiaryMeal(m.slot(), m.time() == null ? "" : m.time(), m.recipeName() == null
                    ? "" : m.recipeName(), m.volumeMl() == null ? "" : Views.num(m.volumeMl(), 0) + " ml",
                    foods, status));
        }
        return out;
    }

    /** The day's values as the diary holds them (the last row wins), for the form. */
    private static Map<String, String> dayValues(Workspace.PatientDir p, LocalDate date) {
        DayEntry last = null;
        for (Located<DayEntry> l : DiaryFiles.readDays(p.diaryDir()).rows()) {
            if (l.value().date().equals(date)) {
                last = last == null ? l.value() : last.updatedBy(l.value());
            }
        }
        Map<String, String> v = new HashMap<>();
        v.put("logged", last == null ? "" : "yes");
        if (last != null) {
            List<String> f = last.fields();
            for (int i = 1; i < DayEntry.COLUMNS.size(); i++) {
                v.put(DayEntry.COLUMNS.get(i), f.get(i));
            }
        }
        return v;
    }

    void logMeal(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        LocalDate date = date(ctx.formParam("date"), null);
        String meal = ctx.formParam("meal");
        String how = ctx.formParam("how");
        boolean replace = "true".equals(ctx.formParam("replace"));
        String note = ctx.formParam("note");
        try {
            if (!p.planned()) {
                throw new BadInputException("plan.json: no plan yet; plan the days first");
            }
            Plan plan = clinic.app().plans().read(p.planFile());
            Double percent = null;
            Map<String, Double> grams = new LinkedHashMap<>();
            boolean all = false;
            boolean refused = false;
            switch (how == null ? "" : how) {
                case "all" -> all = true;
                case "refused" -> refused = true;
                case "percent" -> percent = number(ctx.formParam("percent"), "percent");
                case "grams" -> {
                    PlannedMeal planned = plan.day(date).flatMap(d -> d.meal(meal)).orElseThrow(() ->
                            new BadInputException("meal: no '" + meal + "' on " + date + " in the plan"));
                    for (PlannedFood f : planned.foods()) {
                        String text = ctx.formParam("g:" + f.id());
                        if (f.counted() && text != null && !text.isBlank()) {
                            grams.put(f.id(), number(text, "grams of " + f.name()));
                        }
                    }
                    if (grams.isEmpty()) {
                        throw new BadInputException("grams: give the grams eaten of at least one food");
                    }
                }
                default -> throw new BadInputException("how: choose all eaten, a percentage, refused or grams");
            }
            DiaryService.LoggedMeal logged = clinic.app().diary().logMeal(p.diaryDir(), p.planFile(),
                    new DiaryService.MealEaten(date, meal, all, percent, grams, refused, note, replace));
            MealLog.Result r = logged.logged();
            CarbConvention conv = logged.carbs();
            List<String> warnings = new ArrayList<>(r.warnings());
            warnings.addAll(logged.safetyWarnings());
            double kcal = r.intake().kcal(conv);
            double target = r.meal().target().kcal();
            double ratio = r.intake().ratio(conv);
            String done = "Logged " + r.meal().slot() + " on " + date + ": " + r.appended().size() + " row"
                    + (r.appended().size() == 1 ? "" : "s") + "; as eaten " + Views.num(kcal, 0) + " kcal ("
                    + (target > 0 ? Views.num(kcal / target * 100, 0) : "-") + " % of " + Views.num(target, 0)
                    + "), ratio " + (kcal > 0 && Double.isFinite(ratio) ? Ratio.format(Math.round(ratio * 100)
                    / 100.0) : "-") + (warnings.isEmpty() ? "" : ". Warning: " + String.join(" ", warnings));
            ctx.redirect("/p/" + p.id() + "/diary?date=" + date + "&done=" + enc(done), HttpStatus.SEE_OTHER);
        } catch (BadInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, p, date, null, e.render(DiaryPage::label));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, p, date, null, e.getMessage());
        }
    }

    void logDay(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        LocalDate date = date(ctx.formParam("date"), null);
        try {
            Integer seizures = null;
            String s = ctx.formParam("seizures");
            if (s != null && !s.isBlank()) {
                try {
                    seizures = Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadInputException("seizures: '" + s + "' is not a whole number");
                }
            }
            String st = ctx.formParam("stress");
            Integer stress = st == null || st.isBlank() ? null : DayEntry.stress(st);
            String urine = ctx.formParam("ketones_urine");
            String ill = ctx.formParam("ill");
            DiaryService.DayNoted entry = new DiaryService.DayNoted(date, seizures, optional(ctx, "seizure_minutes"),
                    optional(ctx, "ketones_blood_mmol"), urine == null || urine.isBlank() ? null
                    : UrineKetones.parse(urine), optional(ctx, "weight_kg"), optional(ctx, "sleep_hours"),
                    ill == null || ill.isBlank() ? null : "yes".equals(ill), stress, ctx.formParam("note"));
            boolean replace = "true".equals(ctx.formParam("replace"));
            DayLog.Result r = clinic.app().diary().logDay(p.diaryDir(), entry, replace);
            String done = "Logged the day " + date + (r.warnings().isEmpty() ? "" : ". "
                    + String.join(" ", r.warnings()));
            ctx.redirect("/p/" + p.id() + "/diary?date=" + date + "&done=" + enc(done), HttpStatus.SEE_OTHER);
        } catch (BadInputException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, p, date, null, e.getMessage());
        }
    }

    /**
     * A filled-in workbook ("Eaten (g)" column of the plan's workbook) uploaded, at most
     * {@link WebServer#MAX_UPLOAD_BYTES}, and imported by the diary service as {@code diary import} does (the same
     * strict reader: a bad cell is refused with its sheet and cell, and nothing is written).
     */
    void importWorkbook(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        io.javalin.http.UploadedFile upload;
        String dateText;
        try {
            upload = ctx.uploadedFile("workbook");
            dateText = ctx.formParam("date");
        } catch (Exception e) { // Jetty refuses a part or a request above its limits while reading it
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            render(ctx, p, clinic.today(), null, "workbook: the upload is larger than the "
                    + WebServer.MAX_UPLOAD_BYTES / 1024
                    / 1024 + " MB a workbook may be, or not a file upload");
            return;
        }
        LocalDate date = date(dateText, clinic.today());
        try {
            if (!p.planned()) {
                throw new BadInputException("plan.json: no plan yet; plan the days first");
            }
            if (upload == null || upload.size() == 0) {
                throw new BadInputException("workbook: choose the filled-in workbook (.xlsx) to import");
            }
            if (upload.size() > WebServer.MAX_UPLOAD_BYTES) {
                throw new BadInputException("workbook: " + upload.size() / 1024 + " KB is more than the "
                        + WebServer.MAX_UPLOAD_BYTES / 1024 / 1024 + " MB a workbook may be");
            }
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("ketoplan-upload", ".xlsx");
            try {
                try (var in = upload.content()) {
                    java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                var r = clinic.app().diary().importWorkbook(tmp, p.diaryDir(), p.planFile(),
                        "true".equals(ctx.formParam("replace")));
                String done = "Imported " + r.appended().size() + " row" + (r.appended().size() == 1 ? "" : "s")
                        + " (" + r.meals() + " meal" + (r.meals() == 1 ? "" : "s") + ")"
                        + (r.alreadyLogged() > 0 ? "; " + r.alreadyLogged() + " already in the diary" : "")
                        + (r.warnings().isEmpty() ? "" : ". Warning: " + String.join(" ", r.warnings()));
                ctx.redirect("/p/" + p.id() + "/diary?date=" + date + "&done=" + enc(done), HttpStatus.SEE_OTHER);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (BadInputException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            // the reader names the file it read: the upload's temporary name means nothing to the person
            render(ctx, p, date, null, e.getMessage().replaceAll("ketoplan-upload[0-9]*\\.xlsx", "workbook"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How this page names the fields a diary message refers to (the command line says its options). */
    static String label(String field) {
        return switch (field) {
            case "replace" -> "\"Correct this entry\"";
            case "percent" -> "percentage eaten";
            case "food" -> "grams of each food";
            case "all" -> "\"All eaten\"";
            case "refused" -> "\"Refused\"";
            default -> field;
        };
    }

    static Double optional(Context ctx, String field) {
        String t = ctx.formParam(field);
        return t == null || t.isBlank() ? null : number(t, field);
    }

    private static double number(String text, String field) {
        try {
            return Numbers.parse(text, field);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A date from the page (YYYY-MM-DD), or {@code otherwise} when none is given. */
    static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            if (otherwise == null) {
                throw new BadInputException("date: missing");
            }
            return otherwise;
        }
        try {
            return Limits.date("date", LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new BadInputException("date: '" + text + "' is not a date; write YYYY-MM-DD");
        } catch (FieldError e) {
            throw new BadInputException("date: " + e.problem());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
