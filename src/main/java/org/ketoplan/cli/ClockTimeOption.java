package org.ketoplan.cli;

import java.time.LocalTime;
import picocli.CommandLine.Option;

/** {@code --time}: when a logged event happened (a seizure began, blood was taken). */
final class ClockTimeOption {
    @Option(names = "--time", required = true, paramLabel = "HH:MM",
            description = "When it happened: the seizure began, the blood was taken (24-hour clock, or now).")
    String time;

    /** The time, read from HH:MM or "now". */
    LocalTime time() {
        return DiaryTimes.parse("--time", time);
    }
}
