package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.export.PlanFixtures;
import org.ketoplan.export.PlanSource;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandsTest {
    @TempDir
    Path dir;
    Path plan;

    @BeforeEach
    void writePlan() {
        plan = dir.resolve("plan.json");
        PlanFile.write(plan, PlanFixtures.days(28), false);
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void exportWritesTheWorkbook() throws Exception {
        CliRun r = CliRun.of("export", plan.toString(), "--out", p("plan.xlsx"), "--paper", "letter");
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote " + p("plan.xlsx") + ": 4 plan sheets (Week 1, Week 2, Week 3, Week 4), 336 food rows, "
                + "2026-12-01 to 2026-12-28.", r.out().strip());
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("plan.xlsx").toFile())) {
            assertEquals("Week 1", wb.getSheetName(0));
        }
        // whatever food database this build has, the plan's own version differs: one warning line, still exit 0
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("warning: "), r.err());
    }

    @Test
    void existingOutputIsKeptWithoutForce() throws Exception {
        Files.writeString(dir.resolve("plan.xlsx"), "keep me");
        CliRun r = CliRun.of("export", plan.toString(), "--out", p("plan.xlsx"));
        assertEquals(2, r.code());
        assertEquals("error: " + p("plan.xlsx") + ": already exists; use --force to overwrite it", r.errLines()[0]);
        assertEquals("keep me", Files.readString(dir.resolve("plan.xlsx")));
        assertEquals(0, CliRun.of("export", plan.toString(), "--out", p("plan.xlsx"), "--force").code());
    }

    @Test
    void unwritableOutputIsNamed() throws Exception {
        Files.writeString(dir.resolve("file"), "");
        CliRun r = CliRun.of("export", plan.toString(), "--out", p("file") + "/plan.csv");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: " + p("file") + "/plan.csv: cannot write"), r.err());
    }

    @Test
    void formatFollowsTheExtensionOrAs() throws Exception {
        assertEquals(0, CliRun.of("export", plan.toString(), "--out", p("rows.csv")).code());
        assertTrue(Files.readString(dir.resolve("rows.csv")).startsWith("date,meal,time,recipe,food_id"));
        assertEquals(0, CliRun.of("export", plan.toString(), "--out", p("rows.json")).code());
        assertTrue(Files.readString(dir.resolve("rows.json")).contains("\"rows\""));
        assertEquals(0, CliRun.of("export", plan.toString(), "--out", p("rows.txt"), "--as", "csv").code());
        CliRun r = CliRun.of("export", plan.toString(), "--out", p("rows.txt"));
        assertEquals(2, r.code());
        assertEquals("error: --out: cannot tell the format from 'rows.txt'; end the name with .xlsx, .csv or .json, "
                + "or add --as xlsx|csv|json", r.errLines()[0]);
    }

    @Test
    void aBrokenPlanIsNamedAsSuch() throws Exception {
        Files.writeString(plan, "{ \"format_version\": 1,\n  \"days\": [ }\n");
        CliRun r = CliRun.of("export", plan.toString(), "--out", p("plan.xlsx"));
        assertEquals(2, r.code());
        assertTrue(r.errLines()[0].startsWith("error: " + plan + ":"), r.err());
        assertFalse(Files.exists(dir.resolve("plan.xlsx")));
    }

    @Test
    void anotherFoodDataVersionIsAOneLineWarning() {
        PlanSource s = PlanSource.read(plan, () -> FoodDatabases.of(List.of(), "usda-sr24+keto-products/0000"));
        assertEquals(List.of("warning: " + plan + " was made with food data version 'fixture-foods/1', this "
                + "ketoplan has 'usda-sr24+keto-products/0000'; exporting the plan's own stored values; run "
                + "'ketoplan plan check " + plan + "' to see what changed"),
                s.warnings().stream().map(PlanOutputOptions::warning).toList());
        assertEquals(List.of(new PlanSource.OtherFoodData(plan, "fixture-foods/1", "usda-sr24+keto-products/0000")),
                s.warnings());
        assertEquals(List.of(), PlanSource.read(plan, () -> FoodDatabases.of(List.of(), "fixture-foods/1"))
                .warnings());
    }

    @Test
    void printWritesOnePagePerDay() throws Exception {
        CliRun r = CliRun.of("print", plan.toString(), "--from", "2026-12-02", "--to", "2026-12-04", "--out",
                p("days.pdf"));
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote " + p("days.pdf") + ": 3 days on 3 pages (A4), 2026-12-02 to 2026-12-04.",
                r.out().strip());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("days.pdf").toFile())) {
            assertEquals(3, doc.getNumberOfPages());
        }
        CliRun one = CliRun.of("print", plan.toString(), "--day", "2026-12-28", "--out", p("one.pdf"));
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("1 day on 1 page"), one.out());
    }

    @Test
    void aDayOutsideThePlanNamesThePlansDates() {
        CliRun r = CliRun.of("print", plan.toString(), "--day", "2027-01-05", "--out", p("days.pdf"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: --day: 2027-01-05 is not in the plan; the plan covers 2026-12-01 to "
                + "2026-12-28"), r.err());
        CliRun to = CliRun.of("print", plan.toString(), "--from", "2026-12-01", "--to", "2027-01-01", "--out",
                p("days.pdf"));
        assertEquals(2, to.code());
        assertTrue(to.err().contains("error: --to: 2027-01-01 is not in the plan"), to.err());
        assertFalse(Files.exists(dir.resolve("days.pdf")));
    }

    @Test
    void remindWritesACalendar() throws Exception {
        CliRun r = CliRun.of("remind", plan.toString(), "--out", p("meals.ics"), "--tz", "Europe/Paris");
        assertEquals(0, r.code(), r.err());
        assertEquals("Wrote " + p("meals.ics") + ": 112 meal and 56 medicine reminders in Europe/Paris, alarms 10 "
                + "minutes before.", r.out().strip());
        assertTrue(Files.readString(dir.resolve("meals.ics")).contains("DTSTART;TZID=Europe/Paris:20261201T073000"));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        CliRun r = CliRun.of("remind", plan.toString(), "--out", p("meals.ics"), "--tz", "Moon/Base");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("error: --tz: 'Moon/Base' is not a time zone"), r.err());
    }

    @Test
    void aBrokenFoodsFileStopsEveryExportBeforeItWrites() throws Exception {
        Path foods = dir.resolve("foods.yaml");
        Files.writeString(foods, "foods:\n  - id: [broken\n");
        for (String[] args : List.of(new String[] {"export", "plan.xlsx"}, new String[] {"export", "plan.csv"},
                new String[] {"print", "days.pdf"}, new String[] {"remind", "meals.ics"})) {
            CliRun r = CliRun.of(args[0], plan.toString(), "--out", p(args[1]), "--foods", foods.toString());
            assertEquals(2, r.code(), args[0] + " " + r.err());
            assertTrue(r.err().startsWith("error: " + foods), r.err());
            assertFalse(Files.exists(dir.resolve(args[1])), args[1]);
        }
    }

    @Test
    void aPlanWithoutDaysIsRefusedByEveryExportAndNothingIsWritten() throws Exception {
        PlanFile.write(plan, PlanFixtures.plan(List.of(), 1), true);
        for (String out : List.of("plan.xlsx", "plan.csv", "rows.json", "days.pdf", "meals.ics")) {
            String cmd = out.endsWith(".pdf") ? "print" : out.endsWith(".ics") ? "remind" : "export";
            CliRun r = CliRun.of(cmd, plan.toString(), "--out", p(out));
            assertEquals(2, r.code(), out + ": " + r.err());
            assertTrue(r.errLines()[0].matches("error: " + java.util.regex.Pattern.quote(plan.toString())
                    + ":\\d+: days: the plan has no days"), r.err());
            assertFalse(Files.exists(Path.of(p(out))), out);
        }
    }

    @Test
    void aMealWithoutFoodsStillExports() throws Exception {
        var empty = PlanFixtures.meal("snack", "15:30", null, "Nothing", List.of(), PlanFixtures.target(100, 10, 1.5,
                1));
        PlanFile.write(plan, PlanFixtures.plan(List.of(PlanFixtures.day(PlanFixtures.START, List.of(empty))), 1),
                true);
        for (String out : List.of("plan.xlsx", "plan.csv", "rows.json", "days.pdf", "meals.ics")) {
            String cmd = out.endsWith(".pdf") ? "print" : out.endsWith(".ics") ? "remind" : "export";
            CliRun r = CliRun.of(cmd, plan.toString(), "--out", p(out));
            assertEquals(0, r.code(), out + ": " + r.err());
        }
    }

    @Test
    void thePlanItselfIsNeverOverwritten() throws Exception {
        String before = Files.readString(plan);
        CliRun r = CliRun.of("export", plan.toString(), "--out", plan.toString(), "--force");
        assertEquals(2, r.code());
        assertEquals("error: --out: " + plan + " is the plan itself; choose another file", r.errLines()[0]);
        assertEquals(before, Files.readString(plan));
    }
}
