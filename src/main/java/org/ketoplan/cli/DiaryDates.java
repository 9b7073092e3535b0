package org.ketoplan.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;

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
            return Limits.date(option, LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw BadInputException.at(option, "'" + text + "' is not a date; write YYYY-MM-DD");
        } catch (FieldError e) {
            throw BadInputException.at(option, e.problem());
        }
    }
}
