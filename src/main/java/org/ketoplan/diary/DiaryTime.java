package org.ketoplan.diary;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times of day in the diary: written HH:MM (24-hour clock), read as H:MM or HH:MM. */
public final class DiaryTime {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("HH:mm");

    private DiaryTime() {
    }

    /**
     * The time written {@code text} ("07:10", "7:10", "19:45").
     *
     * @throws IllegalArgumentException naming {@code field} when it is not a time of day
     */
    public static LocalTime parse(String field, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(field + ": empty; write the time as HH:MM (24-hour clock)");
        }
        Matcher m = TIME.matcher(t);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h < 24 && min < 60) {
                return LocalTime.of(h, min);
            }
        }
        throw new IllegalArgumentException(field + ": '" + org.ketoplan.common.Text.printable(t)
                + "' is not a time of day; write HH:MM (24-hour clock), e.g. 07:10");
    }

    /** "07:10". */
    public static String format(LocalTime time) {
        return time.format(WRITTEN);
    }
}
