package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketoplan.cli.CliRun;
import org.ketoplan.diary.DiaryFiles;
import org.ketoplan.diary.MealEntry;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFile;
import org.ketoplan.plan.PlannedMeal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone diary, the adherence report and the caseload's figures, against the CLI's files and messages. */
class DiaryPageTest extends ServedFolder {
    Path tom;

    @BeforeEach
    void start() {
        tom = Fixtures.child(dir, "tom");
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01").status());
    }

    private List<MealEntry> rows() {
        return DiaryFiles.readMeals(tom.resolve("diary")).rows().stream().map(l -> l.value()).toList();
    }

    @Test
    void todaysMealsAreLoggedToTheClisDiaryFiles() {
        Document page = Jsoup.parse(s.get("/p/tom/diary").body());
        assertEquals("Tuesday 2026-12-01", page.selectFirst("h1").text());
        assertEquals(4, page.select("section.mealcard form[action$=/diary/meal]").size(), "four meals and the day");
        Plan plan = PlanFile.read(tom.resolve("plan.json"));
        PlannedMeal breakfast = plan.days().get(0).meal("breakfast").orElseThrow();

        assertEquals(303, s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "breakfast", "how", "all")
                .status());
        assertEquals(breakfast.foods().size(), rows().size());
        assertEquals(breakfast.foods().get(0).amount(), rows().get(0).eatenG());

        // 50 % of each planned food, to the plan's 1 g step
        assertEquals(303, s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "lunch", "how", "percent",
                "percent", "50").status());
        PlannedMeal lunch = plan.days().get(0).meal("lunch").orElseThrow();
        MealEntry firstLunch = rows().stream().filter(e -> e.meal().equals("lunch")).findFirst().orElseThrow();
        assertEquals(Math.round(lunch.foods().get(0).amount() * 0.5), firstLunch.eatenG(), 0.5);

        assertEquals(303, s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "tea", "how", "refused")
                .status());
        assertTrue(rows().stream().anyMatch(e -> e.meal().equals("tea") && e.refusal()));

        String after = s.get("/p/tom/diary").body();
        assertTrue(after.contains("logged: refused"));
        assertTrue(after.contains("Correct this entry"), "a logged meal is corrected, never rewritten");
    }

    @Test
    void aSecondLogOfAMealIsRefusedAsTheCliRefusesItAndWritesNothing() throws Exception {
        s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "breakfast", "how", "all");
        byte[] before = Files.readAllBytes(tom.resolve("diary/meals.csv"));
        CliRun cli = CliRun.of("log", "meal", "--diary", tom.resolve("diary").toString(), "--plan",
                tom.resolve("plan.json").toString(), "--date", "2026-12-01", "--meal", "breakfast", "--all");
        assertEquals(2, cli.code());
        WebSession.Response r = s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "breakfast", "how", "all");
        assertEquals(400, r.status());
        // the same message, the page naming its own control where the command line names --replace
        assertEquals(cli.errLines()[0].replaceFirst("^error: ", "").replace("--replace", "\"Correct this entry\""),
                Jsoup.parse(r.body()).selectFirst("p.alert").text());
        assertEquals(new String(before), Files.readString(tom.resolve("diary/meals.csv")));
        WebSession.Response bad = s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", "lunch", "how",
                "percent", "percent", "-5");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("must not be negative (-5)"), bad.body());
        assertEquals(new String(before), Files.readString(tom.resolve("diary/meals.csv")));
    }

    @Test
    void theDayIsLoggedAndShownInTheCaseloadAndTheReport() throws Exception {
        for (String meal : List.of("breakfast", "lunch", "tea", "supper")) {
            s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", meal, "how", "all");
        }
        assertEquals(303, s.post("/p/tom/diary/day", "date", "2026-12-01", "seizures", "2", "ketones_blood_mmol",
                "3.1", "ketones_urine", "small", "sleep_hours", "11", "ill", "no", "stress", "1").status());
        assertEquals("2026-12-01,2,,3.1,small,,11,no,1,", Files.readAllLines(tom.resolve("diary/days.csv")).get(1));
        WebSession.Response bad = s.post("/p/tom/diary/day", "date", "2026-12-02", "ketones_blood_mmol", "3,1");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("uses a decimal comma"));
        assertEquals(2, Files.readAllLines(tom.resolve("diary/days.csv")).size(), "nothing written");

        // Today (2026-12-01) is the plan's only day so far: 4 of 4 meals logged, all as planned, so adherent.
        Document caseload = Jsoup.parse(s.get("/").body());
        var row = caseload.selectFirst("table.caseload tbody tr");
        assertEquals("100 %", row.child(5).text());
        assertEquals("100 %", row.child(6).text());
        assertEquals("3.1 mmol/L on 2026-12-01", row.child(8).text());

        Document report = Jsoup.parse(s.get("/p/tom/adherence?from=2026-12-01&to=2026-12-02").body());
        var period = report.selectFirst("#summary tbody tr");
        // 2 days x 4 meals planned, 4 logged and adherent: 50 % adherence and logged
        assertEquals("8", period.child(1).text());
        assertEquals("4", period.child(2).text());
        assertEquals("50 %", period.child(4).text());
        assertEquals(4, report.select("svg.chart").size());
        // The weekly chart: one week (2026-12-01 to 02), one bar of 50 % adherent and a dot of 50 % logged.
        var weekly = report.select("svg.chart").get(1);
        assertEquals("Weekly adherence and logged meals (%)", weekly.selectFirst("title").text());
        assertEquals(List.of("50"), weekly.select("rect[fill] > title").eachText());
        assertEquals(List.of("50"), weekly.select("circle > title").eachText());
        assertFalse(report.select("ul li").isEmpty());
        byte[] xlsx = s.get("/p/tom/adherence/download/report.xlsx?from=2026-12-01&to=2026-12-02").raw().body();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertTrue(wb.getNumberOfSheets() > 0);
        }
        WebSession.Response outside = s.get("/p/tom/adherence?from=2026-11-01");
        assertEquals(400, outside.status());
        assertTrue(outside.body().contains("2026-11-01 is outside the plan (2026-12-01 to 2026-12-07)"));
    }

    @Test
    void aFilledInWorkbookIsImportedAsDiaryImportDoes() throws Exception {
        byte[] xlsx = s.get("/p/tom/plan/download/plan.xlsx").raw().body();
        int filled = 0;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var week = wb.getSheet("Week 1");
            java.util.Map<String, Integer> col = new java.util.HashMap<>();
            for (var c : week.getRow(1)) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
            }
            for (var r : week) { // breakfast of 2026-12-01 eaten as planned
                var id = r.getCell(col.get(org.ketoplan.export.PlanWorkbook.FOOD_ID));
                var date = r.getCell(col.get(org.ketoplan.export.PlanWorkbook.DATE));
                if (r.getRowNum() < 2 || id == null || id.getStringCellValue().isEmpty() || date == null
                        || !date.getLocalDateTimeCellValue().toLocalDate().toString().equals("2026-12-01")
                        || !r.getCell(col.get(org.ketoplan.export.PlanWorkbook.MEAL)).getStringCellValue()
                        .equals("breakfast")) {
                    continue;
                }
                r.createCell(col.get(org.ketoplan.export.PlanWorkbook.EATEN)).setCellValue(
                        r.getCell(col.get(org.ketoplan.export.PlanWorkbook.PLANNED)).getNumericCellValue());
                filled++;
            }
            wb.write(out);
        }
        assertTrue(filled >= 2, "rows filled: " + filled);
        WebSession.Response r = s.upload("/p/tom/diary/import", "workbook", "filled.xlsx", out.toByteArray(),
                "date", "2026-12-01");
        assertEquals(303, r.status(), r.body());
        assertEquals(filled, rows().size(), "one diary row per filled food row");

        byte[] notAWorkbook = "date,meal\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        WebSession.Response bad = s.upload("/p/tom/diary/import", "workbook", "filled.xlsx", notAWorkbook,
                "date", "2026-12-01");
        assertEquals(400, bad.status());
        assertEquals(filled, rows().size(), "nothing written");
        WebSession.Response none = s.upload("/p/tom/diary/import", "workbook", "", new byte[0], "date",
                "2026-12-01");
        assertEquals(400, none.status());
        assertTrue(none.body().contains("choose the filled-in workbook"), none.body());
        WebSession.Response big = s.upload("/p/tom/diary/import", "workbook", "big.xlsx",
                new byte[(int) WebServer.MAX_REQUEST_BYTES + 1], "date", "2026-12-01");
        assertTrue(big.status() == 413 || big.status() == 400, "too large: " + big.status() + " " + big.body());
        assertEquals(filled, rows().size(), "nothing written");
    }
}
