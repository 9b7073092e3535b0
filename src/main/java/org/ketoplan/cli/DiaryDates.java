package org.ketoplan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ketoplan.common.BadInputException;

/** Dates typed on the command line: YYYY-MM-DD, or "today". */
final class DiaryDates {
    private DiaryDates() {
    }

    static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("today")) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw BadInputException.at(option, "'" + text + "' is not a date; write YYYY-MM-DD");
        }
    }
}
