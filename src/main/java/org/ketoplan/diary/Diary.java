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
 * {@code meals.csv}; the date in {@code days.csv}) and the rows that could not be used.
 *
 * @param meals the meal rows in force, in file order
 * @param days the day rows in force, by date
 * @param problems the rows skipped, each with its file and line (a bad row corrected by a later row of the same
 *                 key is not listed)
 * @param warnings what was left out of the files themselves: an interrupted entry, an incomplete last line
 */
public record Diary(List<Located<MealEntry>> meals, Map<LocalDate, Located<DayEntry>> days,
                   List<DiaryProblem> problems, List<String> warnings) {
    /** Copies the collections. */
    public Diary {
        meals = List.copyOf(meals);
        days = Collections.unmodifiableMap(new TreeMap<>(days));
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True when nothing at all is logged. */
    public boolean empty() {
        return meals.isEmpty() && days.isEmpty();
    }

    /**
     * Reads the diary in {@code dir} and checks every row against {@code plan}: the date within the plan (days.csv
     * may also hold days before the plan's start: the baseline), the meal one of that day's meals, the food known
     * to the plan or the database.
     */
    public static Diary read(Path dir, Plan plan, Compositions foods) {
        DiaryFiles.Parsed<MealEntry> mealRows;
        DiaryFiles.Parsed<DayEntry> dayRows;
        List<String> warnings;
        try (DiaryFiles files = DiaryFiles.forReading(dir)) {
            mealRows = files.meals();
            dayRows = files.days();
            warnings = files.warnings();
        }
        List<DiaryFiles.KeyedProblem> problems = new ArrayList<>(mealRows.problems());
        problems.addAll(dayRows.problems());

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
            lastLine.put(MEALS_PREFIX + row.value().key(), row.line());
        }
        Map<LocalDate, Located<DayEntry>> days = new TreeMap<>();
        for (Located<DayEntry> row : dayRows.rows()) {
            LocalDate d = row.value().date();
            if (plan.end() != null && d.isAfter(plan.end())) {
                problems.add(new DiaryFiles.KeyedProblem(new DiaryProblem(row.place(), "date: " + d
                        + " is after the plan's last day (" + plan.end() + ")"), d.toString()));
                continue;
            }
            days.put(d, row);
            lastLine.put(DAYS_PREFIX + d, row.line());
        }
        Set<String> seen = new HashSet<>();
        List<DiaryProblem> kept = new ArrayList<>();
        for (DiaryFiles.KeyedProblem p : problems) {
            String prefix = p.problem().place().contains(DiaryFiles.MEALS + ":") ? MEALS_PREFIX : DAYS_PREFIX;
            Integer corrected = p.key() == null ? null : lastLine.get(prefix + p.key());
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
        return new Diary(new ArrayList<>(meals.values()), days, kept, warnings);
    }

    private static final String MEALS_PREFIX = "m|";
    private static final String DAYS_PREFIX = "d|";

    private static String file(String place) {
        return place.substring(0, place.lastIndexOf(':'));
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
