package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketoplan.cli.CliRun;

/**
 * The caseload keeps each patient's row until one of that patient's files changes: a plan, a meal, a day, a seizure
 * or a reading logged from the command line (or another tab) shows at the next view.
 */
class CaseloadPageTest extends ServedFolder {
    Path tom;

    @BeforeEach
    void plannedChild() {
        tom = Fixtures.child(dir, "tom");
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01").status());
    }

    private Element row() {
        return Jsoup.parse(s.get("/").body()).selectFirst("table.caseload tbody tr");
    }

    private void cli(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void aSeizureOrAReadingLoggedFromTheCommandLineShowsAtTheNextView() {
        Element before = row();
        assertEquals("", before.child(7).text(), "nothing logged yet");
        assertEquals("", before.child(8).text());
        String diary = tom.resolve("diary").toString();
        // today 2026-12-01 is the plan's first day: one cluster logged there is 1 seizure event that day
        cli("log", "seizure", "--diary", diary, "--date", "2026-12-01", "--time", "07:10", "--type", "spasms",
                "--spasms", "12");
        cli("log", "day", "--diary", diary, "--date", "2026-12-01", "--seizures", "1", "--ketones", "3.1");
        Element after = row();
        assertTrue(after.child(7).text().startsWith("1.0 a day"), after.child(7).text());
        assertEquals("3.1 mmol/L on 2026-12-01", after.child(8).text());
        // a timed reading later the same day is the last ketone reading
        cli("log", "reading", "--diary", diary, "--date", "2026-12-01", "--time", "08:15", "--ketones",
                "4.2");
        assertEquals("4.2 mmol/L on 2026-12-01 at 08:15", row().child(8).text());
    }

    @Test
    void aPlanReplacedFromTheCommandLineShowsItsDates() {
        assertEquals("2026-12-01 to 2026-12-07", row().child(4).text());
        cli("plan", "--patient", tom.resolve("patient.yaml").toString(), "--start", "2026-11-30", "--days", "7",
                "--out", tom.resolve("plan.json").toString(), "--force");
        assertEquals("2026-11-30 to 2026-12-06", row().child(4).text());
    }
}
