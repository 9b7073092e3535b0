package org.ketoplan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ketoplan.common.FieldError;
import org.ketoplan.diary.Compositions;
import org.ketoplan.diary.DayEntry;
import org.ketoplan.diary.DayLog;
import org.ketoplan.diary.MealEntry;
import org.ketoplan.diary.MealLog;
import org.ketoplan.diary.Reading;
import org.ketoplan.diary.ReadingLog;
import org.ketoplan.diary.SeizureEvent;
import org.ketoplan.diary.SeizureLog;
import org.ketoplan.diary.UrineKetones;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.diary.WorkbookImport;
import org.ketoplan.plan.MenuPlanner;
import org.ketoplan.prescription.ActionLevels;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.safety.SafetyPolicy;

/**
 * The diary (a folder of CSV files, only ever appended to): a meal as eaten against the plan, a day's seizures,
 * ketones, weight and sleep, and the "Eaten (g)" column of a filled-in plan workbook.
 */
public final class DiaryService {
    private final Workspace workspace;

    /** A service looking up off-plan foods in {@code workspace}'s database. */
    public DiaryService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * A meal logged.
     *
     * @param logged the rows appended and the meal as eaten now
     * @param plan the plan the meal was logged against
     * @param carbs the plan's carbohydrate convention (the meal's kcal and ratio are counted by it)
     * @param safetyWarnings what today's safety rules say about the foods eaten (an allergen eaten off-plan)
     */
    public record LoggedMeal(MealLog.Result logged, Plan plan, CarbConvention carbs, List<String> safetyWarnings) {
        /** Copies the list. */
        public LoggedMeal {
            Objects.requireNonNull(logged, "logged");
            safetyWarnings = List.copyOf(safetyWarnings);
        }
    }

    /**
     * A meal as eaten.
     *
     * @param date the day (field "date")
     * @param meal the planned meal's name (field "meal")
     * @param all every planned food eaten as planned
     * @param percent each planned food eaten at this percent, or null (field "percent")
     * @param foods food id to grams eaten, planned or off-plan, laid over the above (field "foods")
     * @param refused the meal was refused entirely
     * @param note a note for every row, or null (field "note")
     * @param replace a correction of an earlier entry
     */
    public record MealEaten(LocalDate date, String meal, boolean all, Double percent, Map<String, Double> foods,
                            boolean refused, String note, boolean replace) {
        /** Copies the foods, keeping their order. */
        public MealEaten {
            foods = foods == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(foods));
        }
    }

    /**
     * Appends {@code eaten} to the diary in {@code diary}, checked against the plan in {@code planFile}; a value
     * the diary refuses fails with {@link InvalidRequest} naming its field.
     */
    public LoggedMeal logMeal(Path diary, Path planFile, MealEaten eaten) {
        Plan p = PlanFile.read(planFile);
        MealLog.Result r;
        try {
            r = MealLog.log(diary, p, new Compositions(p, workspace::foods), new MealLog.Request(eaten.date(),
                    eaten.meal(), eaten.all(), eaten.percent(), eaten.foods(), eaten.refused(), eaten.note(),
                    eaten.replace()));
        } catch (FieldError e) {
            throw InvalidRequest.of(e.field(), null, e.problem());
        }
        List<String> warnings = new ArrayList<>();
        SafetyPolicy policy = SafetyPolicy.of(MenuPlanner.child(p, r.appended().get(0).date()), workspace.foods(),
                SafetyPolicy.Options.NONE);
        for (MealEntry e : r.appended()) {
            if (!e.refusal() && e.eatenG() > 0) {
                workspace.foods().byId(e.food()).ifPresent(f -> warnings.addAll(policy.warnings(f)));
            }
        }
        return new LoggedMeal(r, p, p.prescription().carbConvention(), warnings);
    }

    /**
     * A day's seizures, ketones, weight and sleep; each optional but the date.
     *
     * @param date the day (field "date")
     * @param seizures seizures counted (field "seizures")
     * @param seizureMinutes minutes of seizures (field "seizure_minutes")
     * @param ketonesBloodMmol blood ketones, mmol/L (field "ketones")
     * @param urineKetones urine ketones by the strip's level (field "urine_ketones")
     * @param weightKg weight, kg (field "weight")
     * @param sleepHours hours of sleep (field "sleep")
     * @param ill the child was ill
     * @param stress the day's stress, 0 to 10 (field "stress"), or null
     * @param note a note, or null (field "note")
     */
    public record DayNoted(LocalDate date, Integer seizures, Double seizureMinutes, Double ketonesBloodMmol,
                           UrineKetones urineKetones, Double weightKg, Double sleepHours, Boolean ill, Integer stress,
                           String note) {
    }

    /**
     * Appends a seizure (a cluster of spasms or another seizure), or the withdrawal of one logged by mistake, to the
     * diary in {@code diary} ({@code replace}: a correction of the event logged at the same time); an event already
     * logged at its time without {@code replace}, or a withdrawal that finds nothing, fails with
     * {@link org.ketoplan.common.BadInputException}.
     */
    public SeizureLog.Result logSeizure(Path diary, SeizureEvent event, boolean replace) {
        return SeizureLog.log(diary, event, replace);
    }

    /**
     * Appends a blood ketone and/or glucose reading (or its withdrawal) to the diary in {@code diary}, flagged
     * against {@code levels} (a reading past an action level says what to do); {@code replace}: a correction of the
     * reading at the same time.
     */
    public ReadingLog.Result logReading(Path diary, Reading reading, boolean replace, ActionLevels levels) {
        return ReadingLog.log(diary, reading, replace, levels);
    }

    /** {@link #logReading(Path, Reading, boolean, ActionLevels)} against the default action levels. */
    public ReadingLog.Result logReading(Path diary, Reading reading, boolean replace) {
        return logReading(diary, reading, replace, ActionLevels.defaults());
    }

    /**
     * Appends {@code day} to the diary in {@code diary} ({@code replace}: a correction of an earlier row); a value
     * the diary refuses fails with {@link InvalidRequest} naming its field.
     */
    public DayLog.Result logDay(Path diary, DayNoted day, boolean replace) {
        if (day.seizures() != null && day.seizures() < 0) {
            throw InvalidRequest.phrased("seizures", day.seizures(), InvalidRequest.ref("seizures"),
                    " must not be negative (" + day.seizures() + ")");
        }
        if (day.seizureMinutes() != null) {
            Require.nonNegative("seizure_minutes", day.seizureMinutes());
        }
        if (day.ketonesBloodMmol() != null) {
            Require.nonNegative("ketones", day.ketonesBloodMmol());
        }
        if (day.sleepHours() != null) {
            Require.nonNegative("sleep", day.sleepHours());
        }
        if (day.weightKg() != null) {
            Require.positive("weight", day.weightKg());
        }
        DayEntry entry;
        try {
            entry = new DayEntry(day.date(), day.seizures(), day.seizureMinutes(), day.ketonesBloodMmol(),
                    day.urineKetones(), day.weightKg(), day.sleepHours(), day.ill(), day.stress(), day.note());
        } catch (FieldError e) {
            throw InvalidRequest.of(e.field(), null, e.problem());
        } catch (IllegalArgumentException e) {
            // DayEntry says which field: "sleep_hours: 30 is more than 24"
            throw InvalidRequest.phrased("day", null, e.getMessage());
        }
        return DayLog.log(diary, entry, replace);
    }

    /**
     * Appends the "Eaten (g)" column of the filled-in plan workbook {@code workbook} to the diary in {@code diary};
     * {@code planFile} (or null: the workbook's own composition sheet) gives the planned meals.
     */
    public WorkbookImport.Result importWorkbook(Path workbook, Path diary, Path planFile, boolean replace) {
        Plan p = planFile == null ? null : PlanFile.read(planFile);
        return WorkbookImport.run(workbook, diary, p, p == null ? null : new Compositions(p, workspace::foods),
                replace);
    }
}
