package org.ketoplan.diary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The committed four-week diary of a child with infantile spasms ({@code src/test/resources/diaries/spasms-4-weeks}),
 * kept against {@link DiaryFixture#plan()} (three meals a day, 2026-01-05 to 2026-02-01). What it holds, day by day
 * (day 1 = 2026-01-05):
 *
 * <ul>
 * <li>Baseline: days -6 to -4 a day's count of 12 (days.csv); days -3 to 0 twelve clusters of 8 spasms each
 * (seizures.csv). Sleep 9.5, stress 1 on all seven; weight 8.0 on day 0.</li>
 * <li>Week 1: clusters of 8 spasms, 12, 11, 10, 9, 8, 6, 5 a day (the fall from 12 to 5 a weekly mean hides).
 * Readings at 07:00, 13:00 and 19:00: ketones 1, 1.5, 2 and glucose 3.6, 3.8, 3.9, except glucose 2.3 at 07:00 on
 * day 3 and ketones 6.2 at 19:00 on day 6. Sleep 10; stress 2 on days 1-3, 1 on days 4-7; weight 8.1 on day 7. Every
 * meal as planned.</li>
 * <li>Week 2: five clusters of 6 spasms a day, except day 10 (only a day's count of 5 and a day's ketone reading of
 * 3.5) and day 12 (four clusters and a tonic seizure of 6 minutes with buccal midazolam; days.csv also has ketones
 * 4, left out because timed readings were taken). Readings at 07:00 ketones 3, glucose 4 (not day 10). Sleep 11,
 * stress 1; weight 8.15 on day 14. Dinners at 80 %.</li>
 * <li>Week 3: three clusters of 5 spasms on days 15-18 (day 16's count says 4: the events are used and the day
 * noted); nothing at all on days 19-20; day 21 a count of 0 and a day's ketone reading 4.5. Readings days 15-18 at
 * 07:00 ketones 4, glucose 4.2. Sleep 11.5 (day 21 12), stress 0. Every meal of the days recorded as planned.</li>
 * <li>Week 4: two clusters of 4 spasms on days 22, 23, 27, 28; ill on days 24-26 with six clusters of 7. Readings
 * at 07:00 ketones 4, glucose 4 on the well days; on days 24, 25, 26 at 07:00 and 19:00 ketones 5.5/6.5, 5/5,
 * 4.8/4.6 and glucose 3/2.5, 3.2/3.4, 3.5/3.5. Sleep 11, on ill days 9; stress 2 on ill days, else 0; weight 8.2 on
 * day 28. Ill days: breakfast refused, lunch and dinner at 50 %.</li>
 * </ul>
 */
final class SpasmsDiary {
    static final String RESOURCE = "/diaries/spasms-4-weeks/";
    static final List<String> FILES = List.of("meals.csv", "days.csv", "seizures.csv", "readings.csv");

    private SpasmsDiary() {
    }

    /** Copies the committed diary into {@code dir}. */
    static void copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            try (InputStream in = SpasmsDiary.class.getResourceAsStream(RESOURCE + f)) {
                Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
