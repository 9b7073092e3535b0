package org.ketoplan.diary;

import org.ketoplan.prescription.ActionLevels;
import java.nio.file.Path;
import java.util.List;
import org.ketoplan.common.BadInputException;

/**
 * Logs a timed blood ketone and/or glucose reading to {@code readings.csv} and flags it against the
 * {@link ActionLevels}. A reading already logged at the same date and time is refused unless the entry is a
 * correction ({@code replace}); a withdrawal appends a row without values that takes a mistaken reading out.
 */
public final class ReadingLog {
    private ReadingLog() {
    }

    /**
     * The row written and its flags.
     *
     * @param row the row appended
     * @param flags the reading at an action level (none for a withdrawal)
     * @param warnings an interrupted entry taken out, an incomplete line moved
     */
    public record Result(Reading row, List<ActionLevels.Flag> flags, List<String> warnings) {
    }

    /**
     * Appends {@code reading} under the diary's lock.
     *
     * @throws BadInputException when a reading is already logged at its time without {@code replace}, or a
     *                           withdrawal finds nothing to withdraw
     */
    public static Result log(Path dir, Reading reading, boolean replace, ActionLevels levels) {
        try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
            Located<Reading> before = null;
            for (Located<Reading> row : diary.readings().rows()) {
                if (row.value().key().equals(reading.key())) {
                    before = row.value().withdrawn() ? null : row;
                }
            }
            String when = DiaryTime.format(reading.time()) + " on " + reading.date();
            if (reading.withdrawn() && before == null) {
                throw BadInputException.at("time", "no reading is logged at " + when + " to withdraw");
            }
            if (!reading.withdrawn() && before != null && !replace) {
                throw BadInputException.at(before.place(), "a reading is already logged at " + when
                        + "; correct it as a replacement (a new row is appended and supersedes the earlier one)");
            }
            diary.appendReadings(List.of(reading));
            return new Result(reading, levels.flags(reading.ketonesBloodMmol(), reading.glucoseMmol()),
                    diary.warnings());
        }
    }
}
