package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.cli.CliRun;
import org.ketoplan.cli.ExitCodes;
import org.ketoplan.common.Mappers;

/**
 * A diary written before seizure events, timed readings and stress existed
 * ({@code src/test/resources/diaries/before-issue-14}: meals.csv and a days.csv with the old columns, and the plan
 * it was kept against) reads as it did, and takes the new records without its old lines changing.
 */
class OldDiaryTest {
    private static final String RESOURCE = "/diaries/before-issue-14/";

    @TempDir
    Path dir;

    private Path plan;
    private String oldDays;
    private String oldMeals;

    @BeforeEach
    void copy() throws IOException {
        for (String f : List.of("plan.json", "meals.csv", "days.csv")) {
            try (InputStream in = OldDiaryTest.class.getResourceAsStream(RESOURCE + f)) {
                Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        plan = dir.resolve("plan.json");
        oldDays = Files.readString(dir.resolve("days.csv"));
        oldMeals = Files.readString(dir.resolve("meals.csv"));
    }

    private JsonNode report() throws IOException {
        CliRun r = CliRun.of("adherence", "--plan", plan.toString(), "--diary", dir.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return Mappers.json().readTree(r.out());
    }

    @Test
    void theOldColumnsGiveTheOldFigures() throws IOException {
        JsonNode j = report();
        JsonNode w = j.get("weeks").get(0);
        // days.csv: 2026-01-01 to 01-04 counted 10 a day before the plan's start (2026-01-05): baseline 10
        assertEquals(10, j.get("seizures").get("baseline_per_day").asDouble(), 1e-9);
        // week 1 (01-05 to 01-11): 8 + 7 + 6 + 5 + 5 + 4 + 4 = 39 over 7 days = 5.571; (39/7 - 10) / 10 = -44.3 %
        assertEquals(5.571, w.get("summary").get("seizures_per_day").asDouble(), 1e-9);
        assertEquals(-44.286, w.get("summary").get("seizure_change_pct").asDouble(), 1e-9);
        // one blood ketone a day: 1.2 + 2.1 + 2.8 + 3.5 + 4 + 3.8 + 4.2 = 21.6 / 7 = 3.086; 1.2 is below 2, the
        // other six in 2-5
        assertEquals(3.086, w.get("ketones_mean_mmol").asDouble(), 1e-9);
        assertEquals(7, w.get("ketone_readings").asInt());
        assertEquals(6, w.get("ketones_in_range").asInt());
        // ill on 01-08 and 01-09; sleep 10 + 10.5 + 11 + 11 + 11 + 11.5 + 11.5 = 76.5 / 7 = 10.929
        assertEquals(2, w.get("days_ill").asInt());
        assertEquals(10.929, w.get("sleep_hours").asDouble(), 1e-9);
        // no stress column, no glucose, no events: unknown, not 0
        assertTrue(w.get("stress").isNull());
        assertEquals(0, w.get("glucose_readings").asInt());
        assertTrue(w.get("summary").get("clusters_per_day").isNull());
        // numbers are JSON numbers, not strings
        assertTrue(w.get("sleep_hours").isNumber() && j.get("prescription").get("kcal").isNumber());
    }

    @Test
    void newRecordsGoBesideTheOldLinesWithoutChangingThem() throws IOException {
        String d = dir.toString();
        CliRun day = CliRun.of("log", "day", "--diary", d, "--date", "2026-01-11", "--seizures", "4", "--stress",
                "2", "--sleep", "12", "--replace");
        assertEquals(ExitCodes.OK, day.code(), day.err());
        CliRun s = CliRun.of("log", "seizure", "--diary", d, "--date", "2026-01-11", "--time", "06:40", "--type",
                "spasms", "--spasms", "9");
        assertEquals(ExitCodes.OK, s.code(), s.err());
        CliRun k = CliRun.of("log", "reading", "--diary", d, "--date", "2026-01-11", "--time", "07:00", "--glucose",
                "2.4");
        assertEquals(ExitCodes.OK, k.code(), k.err());
        // the old lines stay byte for byte; the new row follows them (stress needs a restated, longer header)
        assertTrue(Files.readString(dir.resolve("days.csv")).startsWith(oldDays));
        assertEquals(oldMeals, Files.readString(dir.resolve("meals.csv")));
        JsonNode w = report().get("weeks").get(0);
        // 01-11 now has one cluster logged (events replace the day's count of 4 on that day): 8 + 7 + 6 + 5 + 5 + 4
        // + 1 = 36 / 7 = 5.143; glucose 2.4 is at or below the 2.5 action level: one low
        assertEquals(5.143, w.get("summary").get("seizures_per_day").asDouble(), 1e-9);
        assertEquals(1, w.get("glucose_readings").asInt());
        assertEquals(1, w.get("glucose_low").asInt());
        // 01-11 corrected: sleep 11.5 -> 12, so 77 / 7 = 11; stress known on that day only: 2
        assertEquals(11, w.get("sleep_hours").asDouble(), 1e-9);
        assertEquals(2, w.get("stress").asDouble(), 1e-9);
    }
}
