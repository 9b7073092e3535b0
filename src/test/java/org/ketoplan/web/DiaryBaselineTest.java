package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketoplan.cli.CliRun;

/**
 * Before there is a plan the parent can already log the days, seizures and readings (the baseline the adherence
 * report compares with), as {@code log day} and {@code log seizure} can; meals wait for the plan.
 */
class DiaryBaselineTest extends ServedFolder {

    @Test
    void theDayAndASeizureAreLoggedWithoutAPlanAsTheCommandsLogThem() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        var page = Jsoup.parse(s.get("/p/tom/diary?date=2026-11-28").body());
        assertTrue(page.text().contains("No plan yet"), page.text());
        assertNotNull(page.getElementById("d-seizures"), "the day's form is there without a plan");
        assertNotNull(page.getElementById("s-time"), "so is the seizure form");
        assertEquals(303, s.post("/p/tom/diary/day", "date", "2026-11-28", "seizures", "6").status());
        assertEquals(303, s.post("/p/tom/diary/seizure", "date", "2026-11-28", "time", "07:10", "type", "spasms",
                "spasms", "12").status());

        Path cli = dir.resolve("cli-diary");
        assertEquals(0, CliRun.of("log", "day", "--diary", cli.toString(), "--date", "2026-11-28", "--seizures",
                "6").code());
        assertEquals(0, CliRun.of("log", "seizure", "--diary", cli.toString(), "--date", "2026-11-28", "--time",
                "07:10", "--type", "spasms", "--spasms", "12").code());
        for (String f : new String[] {"days.csv", "seizures.csv"}) {
            assertEquals(Files.readString(cli.resolve(f)), Files.readString(tom.resolve("diary").resolve(f)), f);
        }
    }
}
