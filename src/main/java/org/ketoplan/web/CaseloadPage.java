package org.ketoplan.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ketoplan.common.BadInputException;
import org.ketoplan.diary.AdherenceOptions;
import org.ketoplan.diary.AdherenceReport;
import org.ketoplan.diary.DayEntry;
import org.ketoplan.diary.Diary;
import org.ketoplan.diary.DiaryFiles;
import org.ketoplan.diary.DiaryTime;
import org.ketoplan.diary.Located;
import org.ketoplan.diary.Reading;
import org.ketoplan.nutrition.Ratio;
import org.ketoplan.plan.Plan;
import org.ketoplan.prescription.DailyPrescription;

/**
 * The caseload: every patient of the workspace with age, weight, ratio, plan dates, the last 7 days' adherence
 * and logged %, seizures per day against the baseline and the last ketone reading; those needing attention first.
 */
final class CaseloadPage {
    /** Adherence or logging below this percentage over the last 7 days asks for attention (ketoplan's rule). */
    static final double ATTENTION_PCT = 80;
    /** A plan ending within this many days asks for attention: the family needs the next days printed. */
    static final int PLAN_ENDING_DAYS = 3;

    private final Clinic clinic;
    /** Each patient's row with the state of its files when it was made: made again only when a file changed. */
    private final Map<String, Cached> rows = new ConcurrentHashMap<>();

    private record Cached(String stamp, Views.CaseloadRow row) {
    }

    CaseloadPage(Clinic clinic) {
        this.clinic = clinic;
    }

    void show(Context ctx) {
        List<Views.CaseloadRow> rows = rows(clinic.today());
        ctx.html(Templates.render("caseload.jte", Map.of("rows", rows, "folder",
                clinic.workspace().root().toString(), "today", clinic.today().toString())));
    }

    void addExample(Context ctx) {
        clinic.workspace().addExample();
        ctx.redirect("/p/example", HttpStatus.SEE_OTHER);
    }

    /** Every patient's row, those with most reasons for attention first, then by folder name. */
    List<Views.CaseloadRow> rows(LocalDate today) {
        List<Workspace.PatientDir> patients = clinic.workspace().patients();
        // the patients whose files changed are read on every core; the others keep their rows
        List<Views.CaseloadRow> rows = new ArrayList<>(patients.parallelStream().map(p -> {
            String stamp = stamp(p, today);
            Cached c = this.rows.get(p.id());
            if (c == null || !c.stamp().equals(stamp)) {
                c = new Cached(stamp, row(p, today));
                this.rows.put(p.id(), c);
            }
            return c.row();
        }).toList());
        rows.sort(Comparator.comparingInt((Views.CaseloadRow r) -> -r.attention().size())
                .thenComparing(Views.CaseloadRow::id));
        return rows;
    }

    private Views.CaseloadRow row(Workspace.PatientDir p, LocalDate today) {
        List<String> attention = new ArrayList<>();
        DailyPrescription rx;
        try {
            var prescriptions = clinic.app().prescriptions();
            rx = prescriptions.prescribe(prescriptions.read(p.patientFile()), today, false).prescription();
        } catch (BadInputException | IllegalArgumentException e) {
            attention.add("patient file: " + e.getMessage());
            return new Views.CaseloadRow(p.id(), p.id(), "", "", "", "no plan", "", "", "", "", attention);
        }
        String planDates = "no plan";
        String ketone = null;
        String adherence = "";
        String logged = "";
        String seizures = "";
        if (!p.planned()) {
            attention.add("no plan yet");
        } else {
            try { // the plan and the diary read once each: for the dates, the report and the last ketone
                Plan plan = clinic.app().plans().read(p.planFile());
                planDates = plan.start() + " to " + plan.end();
                if (plan.end().isBefore(today.plusDays(PLAN_ENDING_DAYS))) {
                    attention.add(plan.end().isBefore(today) ? "plan ended " + plan.end()
                            : "plan ends " + plan.end());
                }
                Diary diary = clinic.app().adherence().diary(plan, p.diaryDir());
                ketone = lastKetone(diary.days().values().stream().map(Located::value).toList(),
                        diary.readings().stream().map(Located::value).toList());
                LocalDate from = max(today.minusDays(6), plan.start());
                LocalDate to = min(today, plan.end());
                if (!from.isAfter(to)) {
                    AdherenceReport r = clinic.app().adherence().report(plan, diary,
                            new AdherenceOptions(from, to, AdherenceOptions.KCAL_LOW_PCT,
                                    AdherenceOptions.KCAL_HIGH_PCT, AdherenceOptions.RATIO_MIN_PCT, null,
                                    AdherenceOptions.KETONE_LOW, AdherenceOptions.KETONE_HIGH,
                                    AdherenceOptions.MIN_CORRELATION_DAYS), true);
                    AdherenceReport.Summary s = r.period();
                    adherence = Views.pct(s.adherencePct());
                    logged = Views.pct(s.loggedPct());
                    if (s.loggedPct() < ATTENTION_PCT) {
                        attention.add("logged " + logged + " of meals in the last 7 days");
                    } else if (s.adherencePct() < ATTENTION_PCT) {
                        attention.add("adherence " + adherence + " in the last 7 days");
                    }
                    if (s.seizuresPerDay() != null) {
                        Double base = r.seizures().baselinePerDay();
                        seizures = Views.num(s.seizuresPerDay(), 1) + " a day"
                                + (base == null ? " (no baseline)" : " (baseline " + Views.num(base, 1) + ")");
                        if (base != null && s.seizuresPerDay() > base) {
                            attention.add("seizures above baseline");
                        }
                    }
                }
            } catch (BadInputException | IllegalArgumentException e) {
                attention.add("plan or diary: " + e.getMessage());
            }
        }
        if (ketone == null) { // no plan, or a plan or diary that could not be read
            ketone = lastKetone(p);
        }
        return new Views.CaseloadRow(p.id(), rx.patientName() == null ? p.id() : rx.patientName(),
                Views.age(rx.ageMonths()), Views.num(rx.weightKg(), 1) + " kg", Ratio.format(rx.prescribedRatio()),
                planDates, adherence, logged, seizures, ketone, attention);
    }

    /** The day and each file's size and time of change: a different stamp means the row must be made again. */
    private static String stamp(Workspace.PatientDir p, LocalDate today) {
        StringBuilder sb = new StringBuilder(today.toString());
        for (Path f : List.of(p.patientFile(), p.planFile(), p.diaryDir().resolve(DiaryFiles.MEALS),
                p.diaryDir().resolve(DiaryFiles.DAYS), p.diaryDir().resolve(DiaryFiles.SEIZURES),
                p.diaryDir().resolve(DiaryFiles.READINGS))) {
            if (f.toFile().lastModified() == 0) { // missing (most diaries lack some files): no exception made
                sb.append("|-");
                continue;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                sb.append('|').append(a.size()).append('@').append(a.lastModifiedTime().toMillis())
                        .append('#').append(a.fileKey());
            } catch (IOException e) {
                sb.append("|-");
            }
        }
        return sb.toString();
    }

    /** The latest blood ketone reading of days.csv alone (no plan to read the diary against), or "" when none. */
    private static String lastKetone(Workspace.PatientDir p) {
        try {
            return lastKetone(DiaryFiles.readDays(p.diaryDir()).rows().stream().map(Located::value).toList(),
                    List.of());
        } catch (BadInputException e) {
            return "diary unreadable";
        }
    }

    /**
     * The latest blood ketone reading, with its date (and time, for a timed reading of readings.csv), of the days'
     * ketones and the timed readings, or "" when none; a timed reading wins over the day's figure of its date.
     */
    private static String lastKetone(List<DayEntry> days, List<Reading> readings) {
        DayEntry lastDay = null;
        for (DayEntry e : days) {
            if (e.ketonesBloodMmol() != null && (lastDay == null || !e.date().isBefore(lastDay.date()))) {
                lastDay = e;
            }
        }
        Reading last = null;
        for (Reading r : readings) {
            if (r.ketonesBloodMmol() != null && (last == null || !r.date().atTime(r.time())
                    .isBefore(last.date().atTime(last.time())))) {
                last = r;
            }
        }
        if (last != null && (lastDay == null || !last.date().isBefore(lastDay.date()))) {
            return Views.num(last.ketonesBloodMmol(), 1) + " mmol/L on " + last.date() + " at "
                    + DiaryTime.format(last.time());
        }
        return lastDay == null ? "" : Views.num(lastDay.ketonesBloodMmol(), 1) + " mmol/L on " + lastDay.date();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
