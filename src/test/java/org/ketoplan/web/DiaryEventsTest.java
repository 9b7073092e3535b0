package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketoplan.cli.CliRun;

/** The diary page's seizures and blood readings: the CLI's files, day counts, action flags and messages. */
class DiaryEventsTest extends ServedFolder {

    @Test
    void twoClustersOfSpasmsAreTheClisRowsAndCounts() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        WebSession.Response r = s.post("/p/tom/diary/seizure", "date", "2026-12-01", "time", "07:10", "type",
                "spasms", "spasms", "12", "duration_min", "4", "rescue", "buccal midazolam 2.5 mg", "note",
                "on waking");
        assertEquals(303, r.status(), r.body());
        r = s.post("/p/tom/diary/seizure", "date", "2026-12-01", "time", "15:30", "type", "spasms", "spasms", "8");
        assertEquals(303, r.status());
        // 12 + 8 = 20 spasms in 2 clusters that day
        assertEquals("Logged a cluster of 8 spasms at 15:30 on 2026-12-01. That day: 2 clusters of spasms (20 spasms "
                + "counted), 0 other seizures.", done(r));
        Document page = Jsoup.parse(s.get(r.header("Location")).body());
        assertTrue(page.selectFirst("p.message").text().contains("(20 spasms counted)"));

        Path cliDiary = dir.resolve("cli-diary");
        assertEquals(0, CliRun.of("log", "seizure", "--diary", cliDiary.toString(), "--date", "2026-12-01",
                "--time", "07:10", "--type", "spasms", "--spasms", "12", "--duration-min", "4", "--rescue",
                "buccal midazolam 2.5 mg", "--note", "on waking").code());
        assertEquals(0, CliRun.of("log", "seizure", "--diary", cliDiary.toString(), "--date", "2026-12-01",
                "--time", "15:30", "--type", "spasms", "--spasms", "8").code());
        assertEquals(Files.readString(cliDiary.resolve("seizures.csv")),
                Files.readString(tom.resolve("diary/seizures.csv")));
    }

    @Test
    void badSeizuresGetTheClisMessagesAndWriteNothing() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        s.post("/p/tom/diary/seizure", "date", "2026-12-01", "time", "07:10", "type", "spasms", "spasms", "12");
        String before = Files.readString(tom.resolve("diary/seizures.csv"));
        String diary = tom.resolve("diary").toString();
        String[][] cases = {
            {"07:10", "spasms", "3", "--type", "spasms", "--spasms", "3"},
            {"08:00", "tonic", "", "--type", "tonic"},
            {"08:00", "other", "3", "--type", "other", "--spasms", "3"},
            {"25:00", "spasms", "", "--type", "spasms"},
        };
        for (String[] c : cases) {
            String[] args = new String[8 + c.length - 3];
            System.arraycopy(new String[] {"log", "seizure", "--diary", diary, "--date", "2026-12-01", "--time",
                c[0]}, 0, args, 0, 8);
            System.arraycopy(c, 3, args, 8, c.length - 3);
            CliRun cli = CliRun.of(args);
            assertEquals(2, cli.code(), String.join(" ", args));
            String expected = Fixtures.message(cli.errLines()[0]).replace("--replace", "\"Correct this entry\"");
            WebSession.Response r = s.post("/p/tom/diary/seizure", "date", "2026-12-01", "time", c[0], "type", c[1],
                    "spasms", c[2]);
            assertEquals(400, r.status(), expected);
            String shown = Jsoup.parse(r.body()).selectFirst("p.alert").text();
            assertEquals(expected, shown);
            assertEquals(before, Files.readString(tom.resolve("diary/seizures.csv")));
        }
    }

    @Test
    void aLowGlucoseAndHighKetonesAreFlaggedWithWhatToDo() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        // 45 mg/dL / 18.0156 mg/dL per mmol/L = 2.4978, stored to 0.01 as 2.50: at or below the 2.5 mmol/L low
        // level; ketones 6.2 mmol/L: at or above the 6 mmol/L high level
        WebSession.Response r = s.post("/p/tom/diary/reading", "date", "2026-12-01", "time", "06:45",
                "ketones_blood_mmol", "6.2", "glucose_mmol", "45 mg/dL", "note", "before a feed");
        assertEquals(303, r.status(), r.body());
        String said = done(r);
        assertTrue(said.startsWith("Logged ketones 6.2 mmol/L, glucose 2.5 mmol/L at 06:45 on 2026-12-01."), said);
        assertEquals(2, said.split("ACT: ").length - 1, said);
        Path cliDiary = dir.resolve("cli-diary");
        CliRun cli = CliRun.of("log", "reading", "--diary", cliDiary.toString(), "--date", "2026-12-01", "--time",
                "06:45", "--ketones", "6.2", "--glucose", "45 mg/dL", "--note", "before a feed");
        assertEquals(0, cli.code());
        for (String line : cli.out().split("\n")) {
            if (line.startsWith("ACT: ")) {
                assertTrue(said.contains(line), line + " in " + said);
            }
        }
        assertEquals(Files.readString(cliDiary.resolve("readings.csv")),
                Files.readString(tom.resolve("diary/readings.csv")));
        Document page = Jsoup.parse(s.get(r.header("Location")).body());
        assertTrue(page.selectFirst("p.alert").text().contains("ACT: "), "an action flag is shown as an alert");

        WebSession.Response none = s.post("/p/tom/diary/reading", "date", "2026-12-01", "time", "09:00");
        assertEquals(400, none.status());
        assertTrue(none.body().contains("give blood ketones, blood glucose or both"));
        WebSession.Response comma = s.post("/p/tom/diary/reading", "date", "2026-12-01", "time", "09:00",
                "ketones_blood_mmol", "3,1");
        assertEquals(400, comma.status());
        assertTrue(comma.body().contains("uses a decimal comma"), comma.body());
        assertEquals(2, Files.readAllLines(tom.resolve("diary/readings.csv")).size(), "nothing more written");
        assertFalse(Files.readString(tom.resolve("diary/readings.csv")).contains("09:00"));
    }

    private static String done(WebSession.Response r) {
        String loc = r.header("Location");
        return URLDecoder.decode(loc.substring(loc.indexOf("&done=") + 6), StandardCharsets.UTF_8);
    }
}
