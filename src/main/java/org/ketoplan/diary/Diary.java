package org.ketoplan.diary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedMeal;

/**
 * A diary as read against its plan: the rows in force (for each key the last row wins: date, meal and food in
 * {@code meals.csv}; the date in {@code days.csv}; the date and time in {@code seizures.csv} and
 * {@code readings.csv}, where a row without values withdraws the entry) and the rows that could not be used.
 *
 * @param meals the meal rows in force, in file order
 * @param days the day rows in force, by date
 * @param seizures the seizure events in force (withdrawn ones left out), by date and time
 * @param readings the blood readings in force (withdrawn ones left out), by date and time
 * @param problems the rows skipped, each with its file and line (a bad row corrected by a later row of the same
 *                 key is not listed)
 * @param warnings what was left out of the files themselves: an interrupted entry, an incomplete last line
 */
public record Diary(List<Located<MealEntry>> meals, Map<LocalDate, Located<DayEntry>> days,
                    List<Located<SeizureEvent>> seizures, List<Located<Reading>> readings,
                    List<DiaryProblem> problems, List<String> warnings) {
    /** Copies the collections. */
    public Diary {
        meals = List.copyOf(meals);
        days = Collections.unmodifiableMap(new TreeMap<>(days));
        seizures = List.copyOf(seizures);
        readings = List.copyOf(readings);
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True when nothing at all is logged. */
    public boolean empty() {
        return meals.isEmpty() && days.isEmpty() && seizures.isEmpty() && readings.isEmpty();
    }

    /**
     * Reads the diary in {@code dir} and checks every row against {@code plan}: the date within the plan (days.csv,
     * seizures.csv and readings.csv may also hold days before the plan's start: the baseline), the meal one of that
     * day's meals, the food known to the plan or the database.
     */
    public static Diary read(Path dir, Plan plan, Compositions foods) {
        DiaryFiles.Parsed<MealEntry> mealRows;
        DiaryFiles.Parsed<DayEntry> dayRows;
        DiaryFiles.Parsed<SeizureEvent> seizureRows;
        DiaryFiles.Parsed<Reading> readingRows;
        List<String> warnings;
        try (DiaryFiles files = DiaryFiles.forReading(dir)) {
            mealRows = files.meals();
            dayRows = files.days();
            seizureRows = files.seizures();
            readingRows = files.readings();
            warnings = files.warnings();
        }
        List<DiaryFiles.KeyedProblem> problems = new ArrayList<>(mealRows.problems());
        problems.addAll(dayRows.problems());
        problems.addAll(seizureRows.problems());
        problems.addAll(readingRows.problems());

        Map<String, Located<MealEntry>> meals = new LinkedHashMap<>();
        Map<String, Integer> lastLine = new LinkedHashMap<>();
        for (Located<MealEntry> row : mealRows.rows()) {
            String why = check(row.value(), plan, foods);
            if (why != null) {
                problems.add(new DiaryFiles.KeyedProblem(new DiaryProblem(row.place(), why), row.value().key()));
                continue;
            }
            meals.remove(row.value().key());
            meals.put(row.value().key(), row);
            lastLine.put(DiaryFiles.MEALS + "|" + row.value().key(), row.line());
        }
        Map<LocalDate, Located<DayEntry>> days = new TreeMap<>();
        for (Located<DayEntry> row : dayRows.rows()) {
            LocalDate d = row.value().date();
            if (afterPlan(plan, d, row, d.toString(), problems)) {
                continue;
            }
            days.put(d, row);
            lastLine.put(DiaryFiles.DAYS + "|" + d, row.line());
        }
        Map<String, Located<SeizureEvent>> seizures = new TreeMap<>();
        for (Located<SeizureEvent> row : seizureRows.rows()) {
            SeizureEvent e = row.value();
            if (afterPlan(plan, e.date(), row, e.key(), problems)) {
                continue;
            }
            if (e.withdrawn()) {
                seizures.remove(e.key());
            } else {
                seizures.put(e.key(), row);
            }
            lastLine.put(DiaryFiles.SEIZURES + "|" + e.key(), row.line());
        }
        Map<String, Located<Reading>> readings = new TreeMap<>();
        for (Located<Reading> row : readingRows.rows()) {
            Reading r = row.value();
            if (afterPlan(plan, r.date(), row, r.key(), problems)) {
                continue;
            }
            if (r.withdrawn()) {
                readings.remove(r.key());
            } else {
                readings.put(r.key(), row);
            }
            lastLine.put(DiaryFiles.READINGS + "|" + r.key(), row.line());
        }
        Set<String> seen = new HashSet<>();
        List<DiaryProblem> kept = new ArrayList<>();
        for (DiaryFiles.KeyedProblem p : problems) {
            String file = fileName(p.problem().place());
            Integer corrected = p.key() == null ? null : lastLine.get(file + "|" + p.key());
            if (corrected != null && corrected > line(p.problem().place())) {
                continue;
            }
            if (seen.add(p.problem().toString())) {
                kept.add(p.problem());
            }
        }
        kept.sort((a, b) -> {
            int c = file(a.place()).compareTo(file(b.place()));
            return c != 0 ? c : Integer.compare(line(a.place()), line(b.place()));
        });
        return new Diary(new ArrayList<>(meals.values()), days, new ArrayList<>(seizures.values()),
                new ArrayList<>(readings.values()), kept, warnings);
    }

    /** True (and a problem recorded) when {@code d} is after the plan's last day. */
    private static boolean afterPlan(Plan plan, LocalDate d, Located<?> row, String key,
                                     List<DiaryFiles.KeyedProblem> problems) {
        if (plan.end() != null && d.isAfter(plan.end())) {
            problems.add(new DiaryFiles.KeyedProblem(new DiaryProblem(row.place(), "date: " + d
                    + " is after the plan's last day (" + plan.end() + ")"), key));
            return true;
        }
        return false;
    }

    private static String file(String place) {
        return place.substring(0, place.lastIndexOf(':'));
    }

    /** "meals.csv" of "DIR/meals.csv:14". */
    private static String fileName(String place) {
        return java.nio.file.Path.of(file(place)).getFileName().toString();
    }

    private static int line(String place) {
        return Integer.parseInt(place.substring(place.lastIndexOf(':') + 1));
    }

    /** Why a meal row does not fit the plan, or null when it does. */
    static String check(MealEntry e, Plan plan, Compositions foods) {
        PlanDay day = plan.day(e.date()).orElse(null);
        if (day == null) {
            return "date: " + e.date() + " is outside the plan (" + plan.start() + " to " + plan.end() + ")";
        }
        PlannedMeal meal = day.meal(e.meal()).orElse(null);
        if (meal == null) {
            return "meal: '" + e.meal() + "' is not a meal on " + e.date() + " ("
                    + day.meals().stream().map(PlannedMeal::slot).collect(Collectors.joining(", ")) + ")";
        }
        if (!e.refusal() && !foods.known(e.food())) {
            return "food: '" + e.food() + "' is not in the plan or the food database";
        }
        return null;
    }
}
