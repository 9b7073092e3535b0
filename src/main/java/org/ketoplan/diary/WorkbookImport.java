package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.export.FilledWorkbook;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.plan.Plan;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/**
 * Imports a filled-in plan workbook into the diary: the "Eaten (g)" column into {@code meals.csv}, and the diary
 * sheet's rows into {@code days.csv} (the day's figures), {@code seizures.csv} (each seizure) and
 * {@code readings.csv} (each blood reading). An empty cell means not logged; a number, 0 included, is logged. All or
 * nothing: any bad cell stops the import before anything is written. An entry already in the diary with the same
 * values is skipped (importing twice is harmless); with other values it is refused unless {@code replace}, when the
 * new row is appended and supersedes the old.
 */
public final class WorkbookImport {
    private WorkbookImport() {
    }

    /**
     * What an import did.
     *
     * @param appended meal rows written to meals.csv
     * @param alreadyLogged entries skipped because the diary already holds them
     * @param meals distinct meals the appended rows belong to
     * @param days day rows written to days.csv
     * @param seizures seizure events written to seizures.csv
     * @param readings readings written to readings.csv
     * @param warnings warnings about the diary's files (an interrupted entry taken out)
     */
    public record Result(List<MealEntry> appended, int alreadyLogged, int meals, int days, int seizures, int readings,
                         List<String> warnings) {
    }

    /** The diary sheet's entries, with the cell each came from. */
    private record DiaryEntries(Map<String, DayEntry> days, Map<String, SeizureEvent> seizures,
                                Map<String, Reading> readings, Map<String, String> places) {
    }

    /**
     * Imports {@code workbook} into the diary in {@code dir}, checking rows against {@code plan} when given.
     *
     * @throws BadInputException naming the first bad cell (file:sheet!cell) and how many more there are, or an entry
     *                           logged before with other values (without {@code replace})
     */
    public static Result run(Path workbook, Path dir, Plan plan, Compositions foods, boolean replace) {
        List<String> problems = new ArrayList<>();
        Map<String, MealEntry> rows = new LinkedHashMap<>();
        Map<String, String> places = new HashMap<>();
        String note = "from " + workbook.getFileName();
        FilledWorkbook.Contents contents = FilledWorkbook.readAll(workbook);
        for (FilledWorkbook.EatenRow r : contents.eaten()) {
            if (r.problem() != null) {
                problems.add(r.place() + ": " + r.problem());
                continue;
            }
            MealEntry e;
            try {
                e = new MealEntry(r.date(), r.meal(), r.foodId(), r.plannedG(), r.eatenG(), note);
            } catch (IllegalArgumentException ex) {
                problems.add(r.place() + ": " + ex.getMessage());
                continue;
            }
            if (plan != null) {
                String why = Diary.check(e, plan, foods);
                if (why != null) {
                    problems.add(r.place() + ": " + why);
                    continue;
                }
            }
            String before = places.putIfAbsent(e.key(), r.place());
            if (before != null) {
                problems.add(r.place() + ": " + e.food() + " at " + e.meal() + " on " + e.date()
                        + " is also at " + before);
                continue;
            }
            rows.put(e.key(), e);
        }
        DiaryEntries diary = diaryEntries(contents.diary(), plan, problems);
        if (!problems.isEmpty()) {
            int more = problems.size() - 1;
            throw new BadInputException(problems.get(0) + (more == 0 ? "" : " (and " + more + " more)")
                    + "; nothing was imported");
        }
        try (DiaryFiles files = DiaryFiles.forAppending(dir)) {
            return append(files, rows, places, diary, replace);
        }
    }

    /** The diary sheet's rows as entries; a bad cell or a second row for the same key is a problem. */
    private static DiaryEntries diaryEntries(List<FilledWorkbook.DiaryRow> rows, Plan plan, List<String> problems) {
        DiaryEntries out = new DiaryEntries(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new HashMap<>());
        for (FilledWorkbook.DiaryRow r : rows) {
            if (r.problem() != null) {
                problems.add(r.place() + ": " + r.problem());
                continue;
            }
            if (plan != null && plan.end() != null && r.date().isAfter(plan.end())) {
                problems.add(r.place() + ": date: " + r.date() + " is after the plan's last day (" + plan.end() + ")");
                continue;
            }
            try {
                String key;
                switch (r.entry()) {
                    case DAY -> {
                        DayEntry d = WorkbookDiaryRows.day(r);
                        key = "d|" + d.date();
                        if (out.days().putIfAbsent(key, d) != null) {
                            problems.add(r.place() + ": " + d.date() + " has a second Day row");
                            continue;
                        }
                    }
                    case SEIZURE -> {
                        SeizureEvent e = WorkbookDiaryRows.seizure(r);
                        key = "s|" + e.key();
                        if (out.seizures().putIfAbsent(key, e) != null) {
                            problems.add(r.place() + ": a second seizure at " + DiaryTime.format(e.time()) + " on "
                                    + e.date() + " (also at " + out.places().get(key) + "); give each its own time");
                            continue;
                        }
                    }
                    default -> {
                        Reading g = WorkbookDiaryRows.reading(r);
                        key = "r|" + g.key();
                        if (out.readings().putIfAbsent(key, g) != null) {
                            problems.add(r.place() + ": a second reading at " + DiaryTime.format(g.time()) + " on "
                                    + g.date() + " (also at " + out.places().get(key) + ")");
                            continue;
                        }
                    }
                }
                out.places().put(key, r.place());
            } catch (WorkbookDiaryRows.CellProblem e) {
                problems.add(e.getMessage());
            }
        }
        return out;
    }

    private static Result append(DiaryFiles files, Map<String, MealEntry> rows, Map<String, String> places,
                                 DiaryEntries diary, boolean replace) {
        Map<String, Located<MealEntry>> inForce = new HashMap<>();
        for (Located<MealEntry> l : files.meals().rows()) {
            inForce.put(l.value().key(), l);
        }
        List<MealEntry> append = new ArrayList<>();
        int same = 0;
        for (MealEntry e : rows.values()) {
            Located<MealEntry> before = inForce.get(e.key());
            if (before != null && before.value().eatenG() == e.eatenG()) {
                same++;
                continue;
            }
            if (before != null && !replace) {
                throw phrased(places.get(e.key()) + ": " + e.food() + " at " + e.meal() + " on "
                        + e.date() + " is " + org.ketoplan.nutrition.Numbers.plain(e.eatenG()) + " g here but "
                        + org.ketoplan.nutrition.Numbers.plain(before.value().eatenG()) + " g at " + before.place()
                        + "; use ", ref("replace"), " to take the workbook's value; nothing was "
                        + "imported");
            }
            append.add(e);
        }
        List<DayEntry> days = new ArrayList<>();
        Map<java.time.LocalDate, Located<DayEntry>> dayRows = new HashMap<>();
        files.days().rows().forEach(l -> dayRows.put(l.value().date(), l));
        for (Map.Entry<String, DayEntry> e : diary.days().entrySet()) {
            Located<DayEntry> before = dayRows.get(e.getValue().date());
            DayEntry row = e.getValue();
            if (before != null) {
                DayEntry merged = before.value().updatedBy(row);
                if (merged.equals(before.value())) {
                    same++;
                    continue;
                }
                refuse(replace, diary.places().get(e.getKey()), row.date() + " is logged otherwise at "
                        + before.place());
                row = merged;
            }
            days.add(row);
        }
        List<SeizureEvent> seizures = new ArrayList<>();
        Map<String, Located<SeizureEvent>> seizureRows = new HashMap<>();
        files.seizures().rows().forEach(l -> seizureRows.put(l.value().key(), l));
        for (Map.Entry<String, SeizureEvent> e : diary.seizures().entrySet()) {
            Located<SeizureEvent> before = seizureRows.get(e.getValue().key());
            if (before != null && !before.value().withdrawn()) {
                if (before.value().equals(e.getValue())) {
                    same++;
                    continue;
                }
                refuse(replace, diary.places().get(e.getKey()), "a seizure at " + DiaryTime.format(e.getValue().time())
                        + " on " + e.getValue().date() + " is logged otherwise at " + before.place());
            }
            seizures.add(e.getValue());
        }
        List<Reading> readings = new ArrayList<>();
        Map<String, Located<Reading>> readingRows = new HashMap<>();
        files.readings().rows().forEach(l -> readingRows.put(l.value().key(), l));
        for (Map.Entry<String, Reading> e : diary.readings().entrySet()) {
            Located<Reading> before = readingRows.get(e.getValue().key());
            if (before != null && !before.value().withdrawn()) {
                if (before.value().equals(e.getValue())) {
                    same++;
                    continue;
                }
                refuse(replace, diary.places().get(e.getKey()), "a reading at " + DiaryTime.format(e.getValue().time())
                        + " on " + e.getValue().date() + " is logged otherwise at " + before.place());
            }
            readings.add(e.getValue());
        }
        files.appendMeals(append);
        files.appendDays(days);
        files.appendSeizures(seizures);
        files.appendReadings(readings);
        long meals = append.stream().map(e -> e.date() + "|" + e.meal().toLowerCase(java.util.Locale.ROOT))
                .distinct().count();
        return new Result(append, same, (int) meals, days.size(), seizures.size(), readings.size(), files.warnings());
    }

    private static void refuse(boolean replace, String place, String what) {
        if (!replace) {
            throw phrased(place + ": " + what + "; use ", ref("replace"),
                    " to take the workbook's values; nothing was imported");
        }
    }
}
