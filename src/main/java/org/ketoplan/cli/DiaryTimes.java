package org.ketoplan.cli;

import java.time.LocalTime;
import org.ketoplan.common.BadInputException;
import org.ketoplan.diary.DiaryTime;

/** Times of day typed on the command line: HH:MM (24-hour clock), or "now". */
final class DiaryTimes {
    private DiaryTimes() {
    }

    static LocalTime parse(String option, String text) {
        if (text != null && text.trim().equalsIgnoreCase("now")) {
            return LocalTime.now().withSecond(0).withNano(0);
        }
        try {
            return DiaryTime.parse(option, text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(option, e.getMessage().substring(option.length() + 2));
        }
    }
}
