package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.cli.CliRun;

/**
 * The one wording of a seizure event and of a day's count, shared by {@code log seizure} and the diary page: each
 * branch (counted or not, one or many, duration, rescue, another seizure) and the command's output line by line.
 */
class SeizureWordingTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static SeizureEvent event(SeizureType type, Integer spasms, Double minutes, String rescue) {
        return new SeizureEvent(DAY, LocalTime.of(6, 50), type, spasms, minutes, rescue, "");
    }

    @Test
    void eachKindOfEventInWords() {
        assertEquals("a cluster of 12 spasms, 4 min, rescue: buccal midazolam 2.5 mg",
                event(SeizureType.SPASMS, 12, 4.0, "buccal midazolam 2.5 mg").describe());
        assertEquals("a cluster of 1 spasm", event(SeizureType.SPASMS, 1, null, "").describe());
        assertEquals("a cluster of spasms (not counted), 1.5 min",
                event(SeizureType.SPASMS, null, 1.5, "").describe());
        assertEquals("a seizure (other), rescue: rectal diazepam 5 mg",
                event(SeizureType.OTHER, null, null, "rectal diazepam 5 mg").describe());
    }

    @Test
    void theDaysCountInWords() {
        SeizureEvent twelve = event(SeizureType.SPASMS, 12, null, "");
        SeizureEvent uncounted = new SeizureEvent(DAY, LocalTime.of(9, 0), SeizureType.SPASMS, null, null, "", "");
        SeizureEvent other = event(SeizureType.OTHER, null, null, "");
        // one cluster of 12: singular cluster, plural spasms, no other seizure
        assertEquals("1 cluster of spasms (12 spasms counted), 0 other seizures",
                new SeizureLog.Result(twelve, List.of(twelve), List.of()).dayCounts());
        // two clusters, 12 + none counted = 12 spasms; one other seizure
        assertEquals("2 clusters of spasms (12 spasms counted), 1 other seizure",
                new SeizureLog.Result(other, List.of(twelve, uncounted, other), List.of()).dayCounts());
    }

    @Test
    void theCommandSaysItTheSameWay(@TempDir Path dir) {
        CliRun run = CliRun.of("log", "seizure", "--diary", dir.toString(), "--date", "2026-12-01", "--time", "06:50",
                "--type", "spasms", "--spasms", "1", "--duration-min", "2", "--rescue", "buccal midazolam 2.5 mg");
        assertEquals(0, run.code());
        assertEquals("Logged a cluster of 1 spasm, 2 min, rescue: buccal midazolam 2.5 mg at 06:50 on 2026-12-01 ("
                + dir.resolve("seizures.csv") + ")", run.out().split("\\R")[0]);
        assertEquals("That day: 1 cluster of spasms (1 spasm counted), 0 other seizures.", run.out().split("\\R")[1]);
    }
}
