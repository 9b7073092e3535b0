package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;

/**
 * The patient and prescription form: the patient file's fields with the strict reader's messages beside them, and
 * a live preview of the day's and each meal's targets with the source of every default. Saving changes only the
 * values the user changed in the file's own text (comments and layout kept; {@link PatientFileText}), reads it back
 * as the CLI would and only then replaces it atomically.
 */
final class PatientPage {
    private final Clinic clinic;

    PatientPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        byte[] bytes = read(p);
        Map<String, String> values;
        String fileProblem = null;
        try {
            values = PatientForm.values("patient.yaml", bytes);
        } catch (BadInputException e) {
            values = new HashMap<>();
            values.put(PatientForm.OTHER, new String(bytes, StandardCharsets.UTF_8));
            fileProblem = e.getMessage();
        }
        render(ctx, p.id(), values, errors(fileProblem), null,
                ctx.queryParam("saved") != null ? "Saved patient.yaml." : null, notice(ctx));
    }

    void newForm(Context ctx) {
        Map<String, String> values = PatientForm.values("patient.yaml",
                PatientFile.template(clinic.today()).getBytes(StandardCharsets.UTF_8));
        values.put("folder", "");
        render(ctx, null, values, Map.of(), null, null, null);
    }

    void create(Context ctx) {
        Map<String, String> values = form(ctx);
        String folder = values.getOrDefault("folder", "").strip();
        String nameProblem = Workspace.checkName(folder);
        if (nameProblem == null && Files.exists(clinic.workspace().root().resolve(folder))) {
            nameProblem = "folder: '" + folder + "' exists already in this workspace";
        }
        Checked c = check(values);
        if (nameProblem != null || c.problem != null) {
            Map<String, String> errors = new HashMap<>(errors(c.problem));
            if (nameProblem != null) {
                errors.put("folder", nameProblem);
            }
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, null, values, errors, c.rx, null, null);
            return;
        }
        clinic.workspace().create(folder, c.yaml);
        ctx.redirect("/p/" + folder + "?saved", HttpStatus.SEE_OTHER);
    }

    void save(Context ctx) {
        Workspace.PatientDir p = clinic.workspace().patient(ctx.pathParam("id"));
        Map<String, String> values = form(ctx);
        Checked c = check(values);
        if (c.problem != null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, p.id(), values, errors(c.problem), c.rx, null, null);
            return;
        }
        String original = new String(read(p), StandardCharsets.UTF_8);
        PatientFileText.Edited e = PatientFileText.save(original, values, c.yaml);
        try { // the text written is read back by the CLI's strict reader first (the rebuilt one was, in check)
            clinic.app().prescriptions().read("patient.yaml", e.text().getBytes(StandardCharsets.UTF_8));
        } catch (BadInputException | IllegalArgumentException x) {
            e = new PatientFileText.Edited(c.yaml, List.of(), true);
        }
        AtomicFiles.writeString(p.patientFile(), true, e.text());
        String lost = "";
        if (!e.uncommented().isEmpty()) {
            lost = "&uncommented=" + DiaryPage.enc(String.join(",", e.uncommented()));
        } else if (e.rebuilt() && PatientFileText.comments(original) > 0) {
            lost = "&uncommented=" + PatientFileText.comments(original);
        }
        ctx.redirect("/p/" + p.id() + "?saved" + lost, HttpStatus.SEE_OTHER);
    }

    /**
     * After a save that lost comments, what was lost, plainly: the settings rewritten from the box, or the count
     * of comments when the file had to be written again from the form.
     */
    private static String notice(Context ctx) {
        String lost = ctx.queryParam("uncommented");
        if (ctx.queryParam("saved") == null || lost == null || !lost.matches("[a-z_.,]+|[0-9]+")) {
            return null;
        }
        if (lost.matches("[0-9]+")) {
            return "The file's " + lost + " comment" + (lost.equals("1") ? " was" : "s were") + " not kept: its "
                    + "layout could not be changed in place, so it was written again from the form.";
        }
        List<String> settings = List.of(lost.split(","));
        return "The comments inside " + String.join(", ", settings) + " were not kept: "
                + (settings.size() == 1 ? "this setting was" : "these settings were") + " changed in the other "
                + "settings box and written again from it. Every other comment of the file was kept.";
    }

    /** The preview fragment for the form as it stands (not saved). */
    void preview(Context ctx) {
        Checked c = check(form(ctx));
        Map<String, Object> m = new HashMap<>();
        m.put("rx", c.rx);
        m.put("problem", c.problem == null ? null : c.problem);
        ctx.html(Templates.render("prescription.jte", m));
    }

    private record Checked(String yaml, Views.Prescription rx, String problem) {
    }

    /** The form as a file, read back strictly and prescribed for today; or the first problem, as the CLI says it. */
    private Checked check(Map<String, String> values) {
        String yaml;
        try {
            yaml = PatientForm.yaml(values);
        } catch (BadInputException e) {
            return new Checked(null, null, e.getMessage());
        }
        try {
            var prescriptions = clinic.app().prescriptions();
            Patient patient = prescriptions.read("patient.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            return new Checked(yaml, prescription(prescriptions.prescribe(patient, clinic.today(), false)
                    .prescription()), null);
        } catch (BadInputException | IllegalArgumentException e) {
            return new Checked(yaml, null, e.getMessage());
        }
    }

    static Views.Prescription prescription(DailyPrescription rx) {
        List<Views.TargetRow> rows = new ArrayList<>();
        rows.add(row(rx, rx.day(), "day", ""));
        for (MealTarget t : rx.slots()) {
            rows.add(row(rx, t, rx.isFeed(t.name()) ? "feed" : rx.snacks().contains(t) ? "snack" : "meal",
                    rx.time(t.name()).map(Object::toString).orElse("")));
        }
        return new Views.Prescription((rx.patientName() == null ? "" : rx.patientName() + ", ")
                + Views.age(rx.ageMonths()) + ", " + Views.num(rx.weightKg(), 1) + " kg, on " + rx.on(),
                rx.day().carbs().word(), rows, Views.num(rx.fluidMl(), 0) + " ml a day", rx.warnings(),
                rx.sourcesInWords());
    }

    private static Views.TargetRow row(DailyPrescription rx, MealTarget t, String kind, String time) {
        return new Views.TargetRow(t.name(), kind, time, Views.num(t.kcal(), 1), Ratio.format(t.ratio()),
                Views.num(t.units(), 1), Views.num(t.fatG(), 1), Views.num(t.proteinG(), 1), Views.num(t.carbG(), 1));
    }

    private static Map<String, String> errors(String problem) {
        if (problem == null) {
            return Map.of();
        }
        Map.Entry<String, String> at = PatientForm.place(problem);
        Map<String, String> e = new HashMap<>();
        e.put(at.getKey(), at.getKey().isEmpty() ? problem : at.getValue());
        return e;
    }

    private static Map<String, String> form(Context ctx) {
        Map<String, String> v = new HashMap<>();
        for (Views.FormField f : PatientForm.FIELDS) {
            String s = ctx.formParam(f.name());
            v.put(f.name(), s == null ? "" : s);
        }
        String other = ctx.formParam(PatientForm.OTHER);
        v.put(PatientForm.OTHER, other == null ? "" : other.replace("\r\n", "\n"));
        String folder = ctx.formParam("folder");
        if (folder != null) {
            v.put("folder", folder);
        }
        return v;
    }

    private void render(Context ctx, String id, Map<String, String> values, Map<String, String> errors,
                        Views.Prescription rx, String message, String notice) {
        Views.Prescription preview = rx;
        if (preview == null && errors.isEmpty()) {
            Checked c = check(values); // a file that reads but does not prescribe shows its problem at once
            preview = c.rx;
            errors = errors(c.problem);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("fields", PatientForm.FIELDS);
        m.put("values", values);
        m.put("errors", errors);
        m.put("notice", notice);
        m.put("rx", preview);
        m.put("message", message);
        ctx.html(Templates.render("patient.jte", m));
    }

    private static byte[] read(Workspace.PatientDir p) {
        try {
            return Files.readAllBytes(p.patientFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
