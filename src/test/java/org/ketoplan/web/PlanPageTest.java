package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.cli.CliRun;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.Test;

/** The plan page: the same plan as {@code plan}, its week, its check and its downloads. */
class PlanPageTest extends ServedFolder {

    @Test
    void theBrowsersPlanIsTheClisByteForByte() throws Exception {
        Path p = Fixtures.child(dir, "tom");
        WebSession.Response r = s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01");
        assertEquals(303, r.status());
        Path cli = dir.resolve("cli.json");
        assertEquals(0, CliRun.of("plan", "--patient", p.resolve("patient.yaml").toString(), "--days", "7",
                "--start", "2026-12-01", "--out", cli.toString(), "-q").code());
        assertArrayEquals(Files.readAllBytes(cli), Files.readAllBytes(p.resolve("plan.json")));

        Plan plan = PlanFile.read(p.resolve("plan.json"));
        PlannedMeal first = plan.days().get(0).meals().get(0);
        String week = s.get("/p/tom/plan").body();
        assertTrue(week.contains("Tuesday 2026-12-01 (today)"), week);
        assertTrue(week.contains(first.recipeName()));
        assertTrue(week.contains(String.format(java.util.Locale.ROOT, "(%.1f kcal, ", first.totals().kcal())));
        assertTrue(week.contains("Monday 2026-12-07"));
        assertTrue(week.contains("Week 1 of 1"));

        byte[] xlsx = s.get("/p/tom/plan/download/plan.xlsx").raw().body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(wb.getSheet("Prescription") != null);
            assertTrue(wb.getSheet("Composition") != null);
        }
        byte[] pdf = s.get("/p/tom/plan/download/days.pdf").raw().body();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String ics = s.get("/p/tom/plan/download/meals.ics").body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"));
        assertEquals(7 * 4, ics.split("BEGIN:VEVENT").length - 1, "7 days of 4 meals");
        assertEquals(200, s.get("/p/tom/plan/download/today.pdf").status());
        assertEquals(404, s.get("/p/tom/plan/download/secret.txt").status());
    }

    @Test
    void extendingAddsDaysAfterTheLast() {
        Path p = Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "3", "start", "2026-12-01");
        assertEquals(303, s.post("/p/tom/plan", "mode", "extend", "days", "4").status());
        Plan plan = PlanFile.read(p.resolve("plan.json"));
        assertEquals(7, plan.days().size());
        assertEquals(java.time.LocalDate.of(2026, 12, 7), plan.end());
    }

    @Test
    void badDaysGiveTheClisMessageAndWriteNothing() {
        Path p = Fixtures.child(dir, "tom");
        for (String days : new String[] {"0", "400"}) {
            CliRun cli = CliRun.of("plan", "--patient", p.resolve("patient.yaml").toString(), "--days", days);
            assertEquals(2, cli.code());
            String expected = Fixtures.message(cli.errLines()[0]);
            WebSession.Response r = s.post("/p/tom/plan", "mode", "new", "days", days, "start", "2026-12-01");
            assertEquals(400, r.status());
            assertTrue(r.body().contains(expected), expected + " in " + r.body());
            assertFalse(Files.exists(p.resolve("plan.json")));
        }
        WebSession.Response r = s.post("/p/tom/plan", "mode", "extend", "days", "7");
        assertEquals(400, r.status());
        assertTrue(r.body().contains("there is no plan to extend"));
    }

    @Test
    void thePlanCheckSaysEveryMealHolds() {
        Fixtures.child(dir, "tom");
        s.post("/p/tom/plan", "mode", "new", "days", "2", "start", "2026-12-01");
        String page = s.post("/p/tom/plan/check").body();
        assertTrue(page.contains("Every meal is within its bands with today&#39;s food data and rules.")
                || page.contains("Every meal is within its bands with today's food data and rules."), page);
    }
}
