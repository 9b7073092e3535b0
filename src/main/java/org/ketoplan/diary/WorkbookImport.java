package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.export.FilledWorkbook;
import org.ketoplan.plan.Plan;

/**
 * Imports the "Eaten (g)" column of a filled-in plan workbook into {@code meals.csv}. An empty cell means the food
 * was not logged (no row); a number, 0 included, is a row. All or nothing: any bad cell stops the import before
 * anything is written. A row already in the diary with the same grams is skipped (importing twice is harmless); with
 * other grams it is refused unless {@code replace}, when the new row is appended and supersedes the old.
 */
public final class WorkbookImport {
    private WorkbookImport() {
    }

    /**
     * What an import did.
     *
     * @param appended rows written to meals.csv
     * @param alreadyLogged rows skipped because the diary already holds them
     * @param meals distinct meals the appended rows belong to
     * @param warnings warnings about the diary's files (an interrupted entry taken out)
     */
    public record Result(List<MealEntry> appended, int alreadyLogged, int meals, List<String> warnings) {
    }

    /**
     * Imports {@code workbook} into the diary in {@code dir}, checking rows against {@code plan} when given.
     *
     * @throws BadInputException naming the first bad cell (file:sheet!cell) and how many more there are, or a row
     *                           logged before with other grams (without {@code replace})
     */
    public static Result run(Path workbook, Path dir, Plan plan, Compositions foods, boolean replace) {
        List<String> problems = new ArrayList<>();
        Map<String, MealEntry> rows = new LinkedHashMap<>();
        Map<String, String> places = new HashMap<>();
        String note = "from " + workbook.getFileName();
        for (FilledWorkbook.EatenRow r : FilledWorkbook.read(workbook)) {
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
        if (!problems.isEmpty()) {
            int more = problems.size() - 1;
            throw new BadInputException(problems.get(0) + (more == 0 ? "" : " (and " + more + " more)")
                    + "; nothing was imported");
        }
        try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
            return append(diary, rows, places, replace);
        }
    }

    private static Result append(DiaryFiles diary, Map<String, MealEntry> rows, Map<String, String> places,
                                 boolean replace) {
        Map<String, Located<MealEntry>> inForce = new HashMap<>();
        for (Located<MealEntry> l : diary.meals().rows()) {
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
                throw BadInputException.at(places.get(e.key()), e.food() + " at " + e.meal() + " on " + e.date()
                        + " is " + org.ketoplan.nutrition.Ratio.plain(e.eatenG()) + " g here but "
                        + org.ketoplan.nutrition.Ratio.plain(before.value().eatenG()) + " g at " + before.place()
                        + "; use --replace to take the workbook's value; nothing was imported");
            }
            append.add(e);
        }
        diary.appendMeals(append);
        long meals = append.stream().map(e -> e.date() + "|" + e.meal().toLowerCase(java.util.Locale.ROOT))
                .distinct().count();
        return new Result(append, same, (int) meals, diary.warnings());
    }
}
