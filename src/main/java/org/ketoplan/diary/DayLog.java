package org.ketoplan.diary;

import java.nio.file.Path;
import org.ketoplan.common.BadInputException;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/**
 * Logs how a day went to {@code days.csv}. A date already logged is refused unless the entry is a correction
 * ({@code replace}): then one row is appended holding the earlier values with the new ones laid over them, and it
 * supersedes the earlier row (the last row for a date wins).
 */
public final class DayLog {
    private DayLog() {
    }

    /**
     * The row written and warnings about the diary's files.
     *
     * @param row the row appended
     * @param warnings an interrupted entry taken out, an incomplete line moved
     */
    public record Result(DayEntry row, java.util.List<String> warnings) {
    }

    /**
     * Appends {@code entry} (or, as a correction, the earlier row updated by it) and returns the row written.
     *
     * @throws BadInputException when nothing is given, or the date is already logged without {@code replace}
     */
    public static Result log(Path dir, DayEntry entry, boolean replace) {
        if (entry.fields().stream().skip(1).allMatch(String::isEmpty)) {
            throw phrased("log day: give at least one of ", ref("seizures"), ", ",
                    ref("seizure_minutes"), ", ", ref("ketones"), ", ", ref("urine_ketones"), ", ", ref("weight"), ", ",
                    ref("sleep"), ", ", ref("ill"), ", ", ref("stress"), ", ", ref("note"));
        }
        try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
            return new Result(append(diary, entry, replace), diary.warnings());
        }
    }

    private static DayEntry append(DiaryFiles diary, DayEntry entry, boolean replace) {
        Located<DayEntry> before = null;
        for (Located<DayEntry> row : diary.days().rows()) {
            if (row.value().date().equals(entry.date())) {
                before = row;
            }
        }
        DayEntry row = entry;
        if (before != null) {
            if (!replace) {
                throw phrased(before.place() + ": " + entry.date() + " is already logged; use ",
                        ref("replace"), " to correct it (a new row is appended and supersedes the "
                        + "earlier one)");
            }
            row = before.value().updatedBy(entry);
        }
        diary.appendDays(java.util.List.of(row));
        return row;
    }
}
