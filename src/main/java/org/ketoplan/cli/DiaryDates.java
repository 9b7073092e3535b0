package org.ketoplan.cli;

import java.time.LocalDate;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.DateWords;
import org.ketoplan.common.FieldError;

/** Dates typed on the command line: YYYY-MM-DD, "today" or "yesterday". */
final class DiaryDates {
    private DiaryDates() {
    }

    static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return DateWords.parse(option, text, LocalDate.now());
        } catch (FieldError e) {
            throw BadInputException.at(option, e.problem());
        }
    }
}
