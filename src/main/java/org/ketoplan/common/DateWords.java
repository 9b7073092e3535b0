package org.ketoplan.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as people type them: YYYY-MM-DD, or the words "today" and "yesterday" (on the computer's clock). */
public final class DateWords {
    private DateWords() {
    }

    /**
     * The date {@code text} names, relative to {@code today} for the words.
     *
     * @throws FieldError naming {@code field} when it is neither a date (1900 to 2199) nor one of the words
     */
    public static LocalDate parse(String field, String text, LocalDate today) {
        String t = text == null ? "" : text.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "today":
                return today;
            case "yesterday":
                return today.minusDays(1);
            default:
                break;
        }
        try {
            return Limits.date(field, LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new FieldError(field, "'" + Text.printable(t) + "' is not a date; write YYYY-MM-DD (e.g. 2026-12-01), "
                    + "today or yesterday");
        }
    }
}
