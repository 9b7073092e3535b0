package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options every {@code log} command shares: the diary folder and the day logged. */
final class DiaryDayOptions {
    @Option(names = "--diary", required = true, paramLabel = "DIR", description = "The diary folder.")
    Path diary;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
            description = "The day (or today, yesterday).")
    String date;

    /** The day, read from YYYY-MM-DD, "today" or "yesterday". */
    LocalDate date() {
        return DiaryDates.parse("--date", date);
    }
}
