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
 * The files of a diary folder, open for reading or for appending ({@link AppendOnlyFolder}: a lock per folder,
 * whole-line appends synced to the disk, interrupted appends taken out): {@value #MEALS}, {@value #DAYS},
 * {@value #SEIZURES} and {@value #READINGS}. Reading checks each row on its own (dates, numbers, levels, bounds) and
 * reports every bad row with its file and line; appending adds whole lines in one write and never rewrites what is
 * there.
 *
 * <p>Open for appending, a folder is locked from the first read to the last append, so a check of what is already
 * logged and the append that depends on it are one step even when a parent and a carer log at the same time.
 *
 * <p>A file made by an older ketoplan may lack a column added since ({@link DayEntry#OPTIONAL_COLUMNS}): its rows
 * read that column as unknown, rows without a value for it are appended in the file's own columns, and the first row
 * that has one is preceded by the header line again with every column (a restated header: the lines after it follow
 * it). Earlier lines are never touched.
 */
public final class DiaryFiles implements AutoCloseable {
    /** What was eaten: one row per food per meal. */
    public static final String MEALS = "meals.csv";
    /** How each day went. */
    public static final String DAYS = "days.csv";
    /** Seizure events: clusters of spasms and other seizures, each at its time. */
    public static final String SEIZURES = "seizures.csv";
    /** Timed blood ketone and glucose readings. */
    public static final String READINGS = "readings.csv";

    /**
     * How one file is laid out and read.
     *
     * @param name the file's name
     * @param columns its columns in the order new files get them
     * @param optional columns an older file may lack
     * @param text which columns are free text (escaped for spreadsheets)
     * @param parser a row's fields (by column name; "" for an empty or missing one) to its entry
     * @param key a row's fields to its key, for matching a bad row with its later correction
     */
    private record Layout<T>(String name, List<String> columns, List<String> optional, boolean[] text,
                             RowParser<T> parser, java.util.function.Function<Map<String, String>, String> key) {
        Layout(String name, List<String> columns, List<String> optional, RowParser<T> parser,
               java.util.function.Function<Map<String, String>, String> key, String... textColumns) {
            this(name, columns, optional, DiaryCsv.textColumns(columns, textColumns), parser, key);
        }
    }

    private static final Layout<MealEntry> MEAL_FILE = new Layout<>(MEALS, MealEntry.COLUMNS, List.of(),
            DiaryFiles::meal, f -> f.getOrDefault("date", "") + "|" + f.getOrDefault("meal", "")
            .toLowerCase(Locale.ROOT) + "|" + f.getOrDefault("food", ""), "meal", "food", "note");
    private static final Layout<DayEntry> DAY_FILE = new Layout<>(DAYS, DayEntry.COLUMNS, DayEntry.OPTIONAL_COLUMNS,
            DiaryFiles::day, f -> f.getOrDefault("date", ""), "note");
    private static final Layout<SeizureEvent> SEIZURE_FILE = new Layout<>(SEIZURES, SeizureEvent.COLUMNS, List.of(),
            DiaryFiles::seizure, DiaryFiles::timedKey, "rescue", "note");
    private static final Layout<Reading> READING_FILE = new Layout<>(READINGS, Reading.COLUMNS, List.of(),
            DiaryFiles::reading, DiaryFiles::timedKey, "note");

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

    /** Appends {@code entries} to {@code seizures.csv} in {@code dir} (with the header when the file is new). */
    public static void appendSeizures(Path dir, List<SeizureEvent> entries) {
        try (DiaryFiles d = forAppending(dir)) {
            d.appendSeizures(entries);
        }
    }

    /** Appends {@code entries} to {@code readings.csv} in {@code dir} (with the header when the file is new). */
    public static void appendReadings(Path dir, List<Reading> entries) {
        try (DiaryFiles d = forAppending(dir)) {
            d.appendReadings(entries);
        }
    }

    /** The rows of {@code meals.csv}. */
    public Parsed<MealEntry> meals() {
        return read(MEAL_FILE);
    }

    /** The rows of {@code days.csv}. */
    public Parsed<DayEntry> days() {
        return read(DAY_FILE);
    }

    /** The rows of {@code seizures.csv}. */
    public Parsed<SeizureEvent> seizures() {
        return read(SEIZURE_FILE);
    }

    /** The rows of {@code readings.csv}. */
    public Parsed<Reading> readings() {
        return read(READING_FILE);
    }

    /** Appends {@code entries} to {@code meals.csv} in one write (with the header when the file is new). */
    public void appendMeals(List<MealEntry> entries) {
        append(MEAL_FILE, entries.stream().map(MealEntry::fields).toList());
    }

    /** Appends {@code entries} to {@code days.csv} in one write (with the header when the file is new). */
    public void appendDays(List<DayEntry> entries) {
        append(DAY_FILE, entries.stream().map(DayEntry::fields).toList());
    }

    /** Appends {@code entries} to {@code seizures.csv} in one write (with the header when the file is new). */
    public void appendSeizures(List<SeizureEvent> entries) {
        append(SEIZURE_FILE, entries.stream().map(SeizureEvent::fields).toList());
    }

    /** Appends {@code entries} to {@code readings.csv} in one write (with the header when the file is new). */
    public void appendReadings(List<Reading> entries) {
        append(READING_FILE, entries.stream().map(Reading::fields).toList());
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

    /**
     * Appends {@code rows} (fields in {@code layout}'s column order) in one write: in the columns of the file's last
     * header when every value fits them, else after the header restated with every column.
     */
    private void append(Layout<?> layout, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = layout.columns();
        StringBuilder lines = new StringBuilder();
        if (!layout.optional().isEmpty()) {
            List<String> current = currentHeader(layout);
            if (current != null && !current.containsAll(columns)) {
                boolean fits = true;
                for (List<String> r : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        fits &= current.contains(columns.get(i)) || r.get(i).isEmpty();
                    }
                }
                if (fits) {
                    columns = current;
                    rows = rows.stream().map(r -> reorder(r, layout.columns(), current)).toList();
                } else {
                    lines.append(DiaryCsv.header(layout.columns()));
                }
            }
        }
        boolean[] text = textOf(layout, columns);
        for (List<String> r : rows) {
            lines.append(DiaryCsv.line(r, text));
        }
        folder.append(layout.name(), DiaryCsv.header(layout.columns()), lines.toString());
    }

    /** The columns of the file's last header line, or null when the file does not exist or holds nothing. */
    private List<String> currentHeader(Layout<?> layout) {
        List<String> header = null;
        for (AppendOnlyFolder.Line line : folder.read(layout.name(), Limits.DIARY_FILE_BYTES)) {
            if (line.text() == null || line.text().isBlank()) {
                continue;
            }
            List<String> h = headerOf(line.text(), layout, header != null);
            if (h != null) {
                header = h;
            } else if (header == null) {
                return null; // not a diary file's header: the reader will say so
            }
        }
        return header;
    }

    private static List<String> reorder(List<String> row, List<String> from, List<String> to) {
        List<String> out = new ArrayList<>(to.size());
        for (String c : to) {
            int i = from.indexOf(c);
            out.add(i < 0 ? "" : row.get(i));
        }
        return out;
    }

    /** Which of {@code columns} are free text in {@code layout}. */
    private static boolean[] textOf(Layout<?> layout, List<String> columns) {
        boolean[] text = new boolean[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            int c = layout.columns().indexOf(columns.get(k));
            text[k] = c >= 0 && layout.text()[c];
        }
        return text;
    }

    /**
     * The column names of {@code line} when it is a header of {@code layout}'s file (it names every column older files
     * have; a header restated below rows also begins with "date", which no row does), else null.
     */
    private static List<String> headerOf(String line, Layout<?> layout, boolean restated) {
        List<String> fields;
        try {
            fields = DiaryCsv.fields(line, new boolean[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        List<String> h = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        if (h.isEmpty() || restated && !h.get(0).equals("date")) {
            return null;
        }
        for (String c : layout.columns()) {
            if (!h.contains(c) && !layout.optional().contains(c)) {
                return null;
            }
        }
        return h;
    }

    private interface RowParser<T> {
        T parse(Map<String, String> fields);
    }

    private <T> Parsed<T> read(Layout<T> layout) {
        Path file = dir.resolve(layout.name());
        List<Located<T>> rows = new ArrayList<>();
        List<KeyedProblem> problems = new ArrayList<>();
        List<AppendOnlyFolder.Line> lines = folder.read(layout.name(), Limits.DIARY_FILE_BYTES);
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
        List<String> header = headerOf(headerLine.text(), layout, false);
        if (header == null) {
            List<String> written = DiaryCsv.fields(headerLine.text(), new boolean[0]).stream()
                    .map(h -> h.toLowerCase(Locale.ROOT)).toList();
            String missing = layout.columns().stream().filter(c -> !written.contains(c)
                    && !layout.optional().contains(c)).findFirst().orElse(layout.columns().get(0));
            throw BadInputException.at(file + ":" + headerLine.number(), "missing column '" + missing
                    + "'; the header must be " + String.join(",", layout.columns()));
        }
        boolean[] text = textOf(layout, header);
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
            List<String> restated = headerOf(line.text(), layout, true);
            if (restated != null) {
                header = restated;
                text = textOf(layout, header);
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String c : layout.optional()) {
                fields.put(c, "");
            }
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
                key = layout.key().apply(fields);
                rows.add(new Located<>(layout.parser().parse(fields), place, line.number()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new KeyedProblem(new DiaryProblem(place, e.getMessage()), key));
            }
        }
        return new Parsed<>(rows, problems);
    }

    /** The key of a timed row as written: the date and the time (as HH:MM when it reads as a time). */
    private static String timedKey(Map<String, String> f) {
        String time = f.getOrDefault("time", "");
        try {
            time = DiaryTime.format(DiaryTime.parse("time", time));
        } catch (IllegalArgumentException e) {
            // the row's own problem names the time
        }
        return f.getOrDefault("date", "") + "|" + time;
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
        String urine = f.get("ketones_urine");
        String stress = f.get("stress");
        return new DayEntry(date(f.get("date")), whole(f.get("seizures"), "seizures", Limits.SEIZURES_PER_DAY),
                optional(f.get("seizure_minutes"), "seizure_minutes"),
                optional(f.get("ketones_blood_mmol"), "ketones_blood_mmol"),
                urine.isEmpty() ? null : UrineKetones.parse(urine), positiveOrNull(f.get("weight_kg")),
                optional(f.get("sleep_hours"), "sleep_hours"), yesNo(f.get("ill")),
                stress.isEmpty() ? null : DayEntry.stress(stress), f.get("note"));
    }

    private static SeizureEvent seizure(Map<String, String> f) {
        String type = f.get("type");
        return new SeizureEvent(date(f.get("date")), DiaryTime.parse("time", f.get("time")),
                type.isEmpty() ? null : SeizureType.parse(type), whole(f.get("spasms"), "spasms",
                Limits.SPASMS_PER_CLUSTER), optional(f.get("duration_min"), "duration_min"), f.get("rescue"),
                f.get("note"));
    }

    private static Reading reading(Map<String, String> f) {
        String glucose = f.get("glucose_mmol");
        return new Reading(date(f.get("date")), DiaryTime.parse("time", f.get("time")),
                optional(f.get("ketones_blood_mmol"), "ketones_blood_mmol"),
                glucose.isEmpty() ? null : Reading.glucoseMmol("glucose_mmol", glucose), f.get("note"));
    }

    /** An optional whole number of at least zero, at most {@code max}. */
    private static Integer whole(String text, String field, int max) {
        if (text.isEmpty()) {
            return null;
        }
        double v = amount(text, field);
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number");
        }
        Limits.atMost(field, v, max, "");
        return (int) v;
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
