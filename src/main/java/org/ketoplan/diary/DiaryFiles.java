package org.ketoplan.diary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Numbers;

/**
 * Reads and appends the two diary files of a diary folder. Reading checks each row on its own (dates, numbers,
 * levels) and reports every bad row with its file and line; appending adds whole lines in one write and never
 * rewrites what is there.
 */
public final class DiaryFiles {
    /** What was eaten: one row per food per meal. */
    public static final String MEALS = "meals.csv";
    /** How each day went. */
    public static final String DAYS = "days.csv";

    private DiaryFiles() {
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
        return read(dir.resolve(MEALS), MealEntry.COLUMNS, DiaryFiles::meal);
    }

    /** The rows of {@code days.csv} in {@code dir} (none when the file does not exist). */
    public static Parsed<DayEntry> readDays(Path dir) {
        return read(dir.resolve(DAYS), DayEntry.COLUMNS, DiaryFiles::day);
    }

    /** Appends {@code entries} to {@code meals.csv} in one write (with the header when the file is new). */
    public static void appendMeals(Path dir, List<MealEntry> entries) {
        append(dir.resolve(MEALS), MealEntry.COLUMNS, entries.stream().map(MealEntry::fields).toList());
    }

    /** Appends {@code entries} to {@code days.csv} in one write (with the header when the file is new). */
    public static void appendDays(Path dir, List<DayEntry> entries) {
        append(dir.resolve(DAYS), DayEntry.COLUMNS, entries.stream().map(DayEntry::fields).toList());
    }

    private static void append(Path file, List<String> columns, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (List<String> r : rows) {
            text.append(Csv.join(r)).append('\n');
        }
        AtomicFiles.appendLines(file, Csv.join(columns) + "\n", text.toString());
    }

    private interface RowParser<T> {
        T parse(Map<String, String> fields);
    }

    private static <T> Parsed<T> read(Path file, List<String> columns, RowParser<T> parser) {
        List<Located<T>> rows = new ArrayList<>();
        List<KeyedProblem> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Parsed<>(rows, problems);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            return new Parsed<>(rows, problems);
        }
        List<String> header = Csv.split(strip(lines.get(headerLine))).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String c : columns) {
            if (!header.contains(c)) {
                throw BadInputException.at(file + ":" + (headerLine + 1), "missing column '" + c + "'; the header "
                        + "must be " + String.join(",", columns));
            }
        }
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String place = file + ":" + (i + 1);
            Map<String, String> fields = new HashMap<>();
            String key = null;
            try {
                List<String> values = Csv.split(line);
                if (values.size() != header.size()) {
                    throw new IllegalArgumentException("has " + values.size() + " fields, the header has "
                            + header.size());
                }
                for (int k = 0; k < header.size(); k++) {
                    fields.put(header.get(k), values.get(k).trim());
                }
                key = key(fields);
                rows.add(new Located<>(parser.parse(fields), place, i + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new KeyedProblem(new DiaryProblem(place, e.getMessage()), key));
            }
        }
        return new Parsed<>(rows, problems);
    }

    private static String strip(String headerLine) {
        return headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
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
