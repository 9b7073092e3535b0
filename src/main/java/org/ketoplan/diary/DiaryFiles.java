package org.ketoplan.diary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketoplan.common.AppendOnlyFolder;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Numbers;

/**
 * The two files of a diary folder, open for reading or for appending ({@link AppendOnlyFolder}: a lock per folder,
 * whole-line appends synced to the disk, interrupted appends taken out). Reading checks each row on its own (dates,
 * numbers, levels, bounds) and reports every bad row with its file and line; appending adds whole lines in one write
 * and never rewrites what is there.
 *
 * <p>Open for appending, a folder is locked from the first read to the last append, so a check of what is already
 * logged and the append that depends on it are one step even when a parent and a carer log at the same time.
 */
public final class DiaryFiles implements AutoCloseable {
    /** What was eaten: one row per food per meal. */
    public static final String MEALS = "meals.csv";
    /** How each day went. */
    public static final String DAYS = "days.csv";
    private static final boolean[] MEAL_TEXT = DiaryCsv.textColumns(MealEntry.COLUMNS, "meal", "food", "note");
    private static final boolean[] DAY_TEXT = DiaryCsv.textColumns(DayEntry.COLUMNS, "note");

    private final Path dir;
    private final AppendOnlyFolder folder;

    private DiaryFiles(Path dir, AppendOnlyFolder folder) {
        this.dir = dir;
        this.folder = folder;
    }

    /** Opens the diary in {@code dir} to read (a folder that does not exist reads as empty). */
    public static DiaryFiles forReading(Path dir) {
        return new DiaryFiles(dir, AppendOnlyFolder.forReading(dir));
    }

    /** Opens the diary in {@code dir} to read and append, creating the folder; others wait until it is closed. */
    public static DiaryFiles forAppending(Path dir) {
        return new DiaryFiles(dir, AppendOnlyFolder.forAppending(dir));
    }

    /**
     * Rows of one file that parsed, and the problems of those that did not.
     *
     * @param rows the good rows in file order
     * @param problems the bad rows, each with the key it was meant for (or null when even that is unreadable)
     * @param <T> the entry type
     */
    public record Parsed<T>(List<Located<T>> rows, List<KeyedProblem> problems) {
    }

    /**
     * A bad row and the key (date, meal, food) it was meant for, so that a later correction can supersede it.
     *
     * @param problem the problem
     * @param key the key, or null
     */
    public record KeyedProblem(DiaryProblem problem, String key) {
    }

    /** The rows of {@code meals.csv} in {@code dir} (none when the file does not exist). */
    public static Parsed<MealEntry> readMeals(Path dir) {
        try (DiaryFiles d = forReading(dir)) {
            return d.meals();
        }
    }

    /** The rows of {@code days.csv} in {@code dir} (none when the file does not exist). */
    public static Parsed<DayEntry> readDays(Path dir) {
        try (DiaryFiles d = forReading(dir)) {
            return d.days();
        }
    }

    /** Appends {@code entries} to {@code meals.csv} in {@code dir} (with the header when the file is new). */
    public static void appendMeals(Path dir, List<MealEntry> entries) {
        try (DiaryFiles d = forAppending(dir)) {
            d.appendMeals(entries);
        }
    }

    /** Appends {@code entries} to {@code days.csv} in {@code dir} (with the header when the file is new). */
    public static void appendDays(Path dir, List<DayEntry> entries) {
        try (DiaryFiles d = forAppending(dir)) {
            d.appendDays(entries);
        }
    }

    /** The rows of {@code meals.csv}. */
    public Parsed<MealEntry> meals() {
        return read(MEALS, MealEntry.COLUMNS, MEAL_TEXT, DiaryFiles::meal);
    }

    /** The rows of {@code days.csv}. */
    public Parsed<DayEntry> days() {
        return read(DAYS, DayEntry.COLUMNS, DAY_TEXT, DiaryFiles::day);
    }

    /** Appends {@code entries} to {@code meals.csv} in one write (with the header when the file is new). */
    public void appendMeals(List<MealEntry> entries) {
        append(MEALS, MealEntry.COLUMNS, MEAL_TEXT, entries.stream().map(MealEntry::fields).toList());
    }

    /** Appends {@code entries} to {@code days.csv} in one write (with the header when the file is new). */
    public void appendDays(List<DayEntry> entries) {
        append(DAYS, DayEntry.COLUMNS, DAY_TEXT, entries.stream().map(DayEntry::fields).toList());
    }

    /** Warnings about the files: interrupted appends taken out, an incomplete last line left out or moved. */
    public List<String> warnings() {
        return folder.warnings();
    }

    /** True when opening found an append another process had not finished ({@link AppendOnlyFolder}). */
    public boolean foundUnfinishedAppend() {
        return folder.foundUnfinishedAppend();
    }

    @Override
    public void close() {
        folder.close();
    }

    private void append(String name, List<String> columns, boolean[] text, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (List<String> r : rows) {
            lines.append(DiaryCsv.line(r, text));
        }
        folder.append(name, DiaryCsv.header(columns), lines.toString());
    }

    private interface RowParser<T> {
        T parse(Map<String, String> fields);
    }

    private <T> Parsed<T> read(String name, List<String> columns, boolean[] textColumns, RowParser<T> parser) {
        Path file = dir.resolve(name);
        List<Located<T>> rows = new ArrayList<>();
        List<KeyedProblem> problems = new ArrayList<>();
        List<AppendOnlyFolder.Line> lines = folder.read(name, Limits.DIARY_FILE_BYTES);
        int first = 0;
        while (first < lines.size() && lines.get(first).text() != null && lines.get(first).text().isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return new Parsed<>(rows, problems);
        }
        AppendOnlyFolder.Line headerLine = lines.get(first);
        if (headerLine.text() == null) {
            throw BadInputException.at(file + ":" + headerLine.number(), headerLine.problem());
        }
        List<String> header = DiaryCsv.fields(headerLine.text(), new boolean[0]).stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        for (String c : columns) {
            if (!header.contains(c)) {
                throw BadInputException.at(file + ":" + headerLine.number(), "missing column '" + c
                        + "'; the header must be " + String.join(",", columns));
            }
        }
        boolean[] text = new boolean[header.size()];
        for (int k = 0; k < header.size(); k++) {
            int c = columns.indexOf(header.get(k));
            text[k] = c >= 0 && textColumns[c];
        }
        for (int i = first + 1; i < lines.size(); i++) {
            AppendOnlyFolder.Line line = lines.get(i);
            String place = file + ":" + line.number();
            if (line.text() == null) {
                problems.add(new KeyedProblem(new DiaryProblem(place, line.problem()), null));
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            String key = null;
            try {
                List<String> values = DiaryCsv.fields(line.text(), text);
                if (values.size() != header.size()) {
                    throw new IllegalArgumentException("has " + values.size() + " fields, the header has "
                            + header.size());
                }
                for (int k = 0; k < header.size(); k++) {
                    fields.put(header.get(k), values.get(k));
                }
                key = key(fields);
                rows.add(new Located<>(parser.parse(fields), place, line.number()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new KeyedProblem(new DiaryProblem(place, e.getMessage()), key));
            }
        }
        return new Parsed<>(rows, problems);
    }

    /** The key of a row as written, for matching a bad row with its later correction. */
    private static String key(Map<String, String> f) {
        String date = f.getOrDefault("date", "");
        if (f.containsKey("meal")) {
            return date + "|" + f.get("meal").toLowerCase(Locale.ROOT) + "|" + f.getOrDefault("food", "");
        }
        return date;
    }

    private static MealEntry meal(Map<String, String> f) {
        String food = f.get("food");
        String planned = f.get("planned_g");
        String eaten = f.get("eaten_g");
        if (eaten.isEmpty()) {
            throw new IllegalArgumentException("eaten_g: empty; write the grams eaten (0 for nothing)");
        }
        if (f.get("meal").isEmpty()) {
            throw new IllegalArgumentException("meal: empty");
        }
        return new MealEntry(date(f.get("date")), f.get("meal"), food,
                planned.isEmpty() ? null : amount(planned, "planned_g"), amount(eaten, "eaten_g"), f.get("note"));
    }

    private static DayEntry day(Map<String, String> f) {
        String seizures = f.get("seizures");
        Integer count = null;
        if (!seizures.isEmpty()) {
            double v = amount(seizures, "seizures");
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("seizures: '" + seizures + "' is not a whole number");
            }
            Limits.atMost("seizures", v, Limits.SEIZURES_PER_DAY, "");
            count = (int) v;
        }
        String urine = f.get("ketones_urine");
        return new DayEntry(date(f.get("date")), count, optional(f.get("seizure_minutes"), "seizure_minutes"),
                optional(f.get("ketones_blood_mmol"), "ketones_blood_mmol"),
                urine.isEmpty() ? null : UrineKetones.parse(urine), positiveOrNull(f.get("weight_kg")),
                optional(f.get("sleep_hours"), "sleep_hours"), yesNo(f.get("ill")), f.get("note"));
    }

    private static Double positiveOrNull(String text) {
        Double v = optional(text, "weight_kg");
        if (v != null && v == 0) {
            throw new IllegalArgumentException("weight_kg: must be above zero");
        }
        return v;
    }

    /** A date written YYYY-MM-DD. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: '" + text + "' is not a date; write YYYY-MM-DD");
        }
    }

    private static Double optional(String text, String what) {
        return text.isEmpty() ? null : amount(text, what);
    }

    /** A number of at least zero; "12,5" and "-3" are rejected naming the field. */
    static double amount(String text, String what) {
        double v = Numbers.parse(text, what);
        if (v < 0) {
            throw new IllegalArgumentException(what + ": '" + text.trim() + "' is negative");
        }
        return v;
    }

    private static Boolean yesNo(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw new IllegalArgumentException("ill: '" + text + "' is not yes or no");
        };
    }
}
