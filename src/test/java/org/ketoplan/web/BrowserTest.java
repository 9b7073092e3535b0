package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole workspace in a real browser (headless Chromium): create a patient and prescribe, plan a week, change
 * an amount in the meal builder until the ratio leaves its band and save it into the plan (with the out-of-band
 * box), download the workbook and open it with POI, log
 * a day's meals in a phone-sized window and see the adherence change. Every page is photographed and checked
 * with axe-core.
 */
class BrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path downloads;

    @Test
    void aDietitianPlansAndAdjustsAWeekAndAParentLogsADay() throws Exception {
        try (WebSession s = new WebSession(dir); Browser b = Browser.start(downloads)) {
            var d = b.driver;
            d.get(s.server.address());
            b.waitFor(ExpectedConditions.titleContains("Caseload"));
            assertTrue(d.getCurrentUrl().endsWith("/"), "the token left the address: " + d.getCurrentUrl());
            b.look("caseload-empty");

            // A new patient, prescribed: 5 years, 18 kg, 4:1 at 1,200 kcal with 20 g protein
            d.findElement(By.linkText("Add a patient")).click();
            b.waitFor(ExpectedConditions.titleContains("New patient"));
            type(d.findElement(By.id("f-folder")), "mia");
            type(d.findElement(By.id("f-name")), "Mia");
            type(d.findElement(By.id("f-born")), "");
            type(d.findElement(By.id("f-age-months")), "60");
            type(d.findElement(By.id("f-weight-kg")), "18");
            type(d.findElement(By.id("f-prescription-ratio")), "4");
            type(d.findElement(By.id("f-prescription-kcal")), "1200");
            type(d.findElement(By.id("f-prescription-protein-g")), "20");
            // the live preview: four meals of 300 kcal (1,200 / 4), 30 g fat each (7.5 units x 4)
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "Mia, 5 y 0 m"));
            assertTrue(d.findElement(By.id("preview")).getText().contains("breakfast meal 07:30 300.0 4:1 7.5 30.0"),
                    d.findElement(By.id("preview")).getText());
            b.look("patient-new");
            d.findElement(By.cssSelector("#patient-form button[type=submit]")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "Saved patient.yaml."));
            b.look("patient");

            // A week's plan
            d.findElement(By.linkText("Plan")).click();
            b.waitFor(ExpectedConditions.titleContains("Plan"));
            b.look("plan-empty");
            d.findElement(By.cssSelector("form[action='/p/mia/plan'] button[type=submit]")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Tuesday 2026-12-01 (today)"));
            assertEquals(7, d.findElements(By.cssSelector("section.day")).size());
            b.look("plan-week");

            // Swap today's breakfast for the egg-yolk custard: composed to that meal's 300 kcal at 4:1
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id("swap-2026-12-01-breakfast")))
                    .selectByValue("egg-yolk-custard");
            d.findElement(By.cssSelector("#swap-2026-12-01-breakfast ~ button[value=swap]")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "breakfast on 2026-12-01 swapped to Egg-yolk custard"));
            assertTrue(d.findElement(By.id("check-h")).isDisplayed(), "the plan check of the result is shown");
            b.look("plan-swapped");

            // The workbook, opened with POI
            d.findElement(By.linkText("Workbook (plan.xlsx)")).click();
            Path xlsx = downloads.resolve("mia-plan.xlsx");
            b.waitFor(x -> Files.exists(xlsx) && !Files.exists(downloads.resolve("mia-plan.xlsx.crdownload")));
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertTrue(wb.getSheet("Composition") != null);
                assertEquals("Mia", wb.getSheet("Prescription") == null ? "" : "Mia");
            }

            // The meal builder: four foods, Solve, then more butter until the ratio leaves 3.90-4.10
            d.findElement(By.linkText("Meal builder")).click();
            b.waitFor(ExpectedConditions.titleContains("Meal builder"));
            b.addFoods(List.of(new String[] {"heavy cream", "01053"},
                    new String[] {"butter without salt", "01145"}, new String[] {"chicken breast roasted", "05064"},
                    new String[] {"broccoli raw", "11090"}));
            b.look("meal-builder-foods");
            d.findElement(By.id("solve")).click();
            b.waitFor(ExpectedConditions.textToBe(By.id("verdict"), "Every band holds."));
            assertEquals("yes", ratioHolds(b));
            b.look("meal-builder-solved");
            int clicks = 0;
            while (ratioHolds(b).equals("yes") && clicks < 20) {
                String before = d.findElement(By.id("amount-01145")).getAttribute("value");
                d.findElement(By.cssSelector("button[data-op='plus:01145']")).click();
                String expected = String.valueOf(Integer.parseInt(before) + 1);
                b.waitFor(x -> expected.equals(x.findElement(By.id("amount-01145")).getAttribute("value")));
                clicks++;
            }
            assertEquals("NO", ratioHolds(b), "more butter raises the ratio out of its band");
            double ratio = Double.parseDouble(d.findElement(By.cssSelector("td[data-band=ratio]")).getText()
                    .replace(":1", ""));
            assertTrue(ratio > 4.10, "ratio " + ratio);
            assertEquals("NOT every band holds.", d.findElement(By.id("verdict")).getText());
            b.look("meal-builder-out-of-band");

            // Save it into today's breakfast: refused with the band named, then saved with the box ticked
            d.findElement(By.id("save-into-plan")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.alert"),
                    "Not saved: meal: outside its band: ratio band"));
            assertEquals("2026-12-01", d.findElement(By.id("plan-date")).getAttribute("value"));
            d.findElement(By.id("out-of-band")).click();
            d.findElement(By.id("save-into-plan")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "breakfast on 2026-12-01 set from the meal builder"));
            assertTrue(d.findElement(By.cssSelector("p.message")).getText().contains("NOT within tolerance"));
            assertTrue(d.findElement(By.id("check-h")).isDisplayed(), "the plan check of the result is shown");
            b.look("plan-set-from-builder");

            // Adherence before the parent logs anything: 0 of 4 meals of today
            d.get(s.base() + "/p/mia/adherence");
            assertEquals("0 %", adherence(b));
            b.look("adherence-before");

            // The parent, on a phone: all four meals eaten, and the day
            d.manage().window().setSize(new Dimension(390, 844));
            d.get(s.base() + "/p/mia/diary");
            b.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Tuesday 2026-12-01"));
            b.look("diary-phone");
            for (String meal : List.of("breakfast", "lunch", "tea", "supper")) {
                d.findElement(By.id("all-" + meal)).click();
                b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                        "Logged " + meal + " on 2026-12-01"));
            }
            type(d.findElement(By.id("d-seizures")), "1");
            type(d.findElement(By.id("d-ketones")), "3.2");
            d.findElement(By.id("log-day")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "Logged the day 2026-12-01"));
            b.look("diary-phone-logged");

            // A cluster of 12 spasms at 07:10, 4 minutes, rescue medicine given
            d.executeScript("arguments[0].value = '07:10';", d.findElement(By.id("s-time")));
            type(d.findElement(By.id("s-spasms")), "12");
            type(d.findElement(By.id("s-duration")), "4");
            type(d.findElement(By.id("s-rescue")), "buccal midazolam 2.5 mg");
            d.findElement(By.id("log-seizure")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "That day: 1 cluster of spasms (12 spasms counted), 0 other seizures."));
            b.look("diary-phone-seizure");
            long width = (Long) d.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(width <= 390, "the diary fits a phone's width: " + width + " px");

            d.manage().window().setSize(new Dimension(1280, 1000));
            d.get(s.base() + "/p/mia/adherence");
            assertEquals("100 %", adherence(b), "4 of 4 meals logged as planned");
            b.look("adherence-after");
            d.get(s.base() + "/");
            b.look("caseload");
            d.get(s.base() + "/p/nobody");
            b.look("not-found");
        }
    }

    private static void type(WebElement e, String text) {
        e.clear();
        if (!text.isEmpty()) {
            e.sendKeys(text);
        }
    }

    private static String ratioHolds(Browser b) {
        return b.driver.findElement(By.cssSelector("td[data-band=ratio]")).findElement(By.xpath(".."))
                .findElements(By.tagName("td")).get(3).getText();
    }

    private static String adherence(Browser b) {
        b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        return b.driver.findElement(By.cssSelector("#summary tbody tr")).findElements(By.tagName("td")).get(3)
                .getText();
    }
}
