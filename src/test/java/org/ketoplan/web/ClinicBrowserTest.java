package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinic's foods and recipes in a real browser (headless Chromium): upload a foods file (a bad one first),
 * use its food in the meal builder at a 0.1 g step, save the meal as a recipe and find it in the plan's swap list.
 * Every page is photographed and checked with axe-core.
 */
class ClinicBrowserTest {
    @TempDir
    Path dir;
    @TempDir
    Path downloads;

    @Test
    void aDietitianUploadsClinicFoodsAndSavesAMealAsARecipe() throws Exception {
        Fixtures.child(dir, "tom");
        Path good = downloads.resolve("clinic.yaml");
        Files.writeString(good, ClinicFoodsTest.FOODS);
        Path bad = downloads.resolve("bad.yaml");
        Files.writeString(bad, ClinicFoodsTest.FOODS.replace("fat_g: 40,", "fat_g: -1,"));
        try (WebSession s = new WebSession(dir); Browser b = Browser.start(downloads)) {
            var d = b.driver;
            d.get(s.server.address());
            b.waitFor(ExpectedConditions.titleContains("Caseload"));
            d.findElement(By.linkText("Clinic foods")).click();
            b.waitFor(ExpectedConditions.titleContains("Clinic foods"));
            b.look("clinic-foods-empty");

            // a bad file: the reader's line and field, nothing written
            d.findElement(By.id("foods-file")).sendKeys(bad.toString());
            d.findElement(By.id("upload-foods")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-problem"),
                    "Not saved: foods/bad.yaml:10: foods[1].per_100g.fat_g: must not be negative (-1)"));
            assertFalse(Files.exists(dir.resolve("foods/bad.yaml")));
            b.look("clinic-foods-bad-upload");

            d.findElement(By.id("foods-file")).sendKeys(good.toString());
            d.findElement(By.id("upload-foods")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"),
                    "Saved foods/clinic.yaml: 2 foods"));
            assertTrue(d.findElement(By.tagName("main")).getText().contains("MCT custard base (clinic)"));
            b.look("clinic-foods");

            // the meal builder: the clinic's custard base found and solved with three shipped foods
            d.get(s.base() + "/p/tom/meal");
            b.waitFor(ExpectedConditions.titleContains("Meal builder"));
            b.addFoods(List.of(new String[] {"custard base", "clinic-custard-base"},
                    new String[] {"chicken breast roasted", "05064"}, new String[] {"broccoli raw", "11090"},
                    new String[] {"heavy cream", "01053"}));
            // a 0.1 g scale: Solve gives tenths, + adds 0.1 g
            new Select(d.findElement(By.id("step"))).selectByValue("0.1");
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("builder"), "in 0.1 g steps"));
            d.findElement(By.id("solve")).click();
            b.waitFor(ExpectedConditions.textToBe(By.id("verdict"), "Every band holds."));
            String before = d.findElement(By.id("amount-11090")).getAttribute("value");
            assertTrue(before.matches("\\d+\\.\\d"), before);
            d.findElement(By.cssSelector("button[data-op='plus:11090']")).click();
            String after = String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(before) + 0.1);
            b.waitFor(x -> after.equals(x.findElement(By.id("amount-11090")).getAttribute("value")));
            b.look("meal-builder-clinic-food");

            // save it as a recipe: a name, its slots, the directions; the rest as the page proposes
            d.findElement(By.id("recipe-name")).sendKeys("Clinic custard with chicken");
            d.findElement(By.id("recipe-directions")).sendKeys("Warm the custard base.\nStir in the chicken and "
                    + "broccoli, finely chopped, and the cream.");
            d.findElement(By.cssSelector("input[name=recipe_slot][value=lunch]")).click();
            new Select(d.findElement(By.id("recipe-texture"))).selectByValue("mashed");
            d.findElement(By.id("save-recipe-button")).click();
            b.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recipe-saved, #recipe-problem")));
            assertEquals(List.of(), d.findElements(By.id("recipe-problem")).stream().map(WebElement::getText)
                    .toList());
            assertTrue(d.findElement(By.id("recipe-saved")).getText().startsWith(
                    "Saved recipes/clinic-custard-with-chicken.yaml."));
            assertTrue(Files.exists(dir.resolve("recipes/clinic-custard-with-chicken.yaml")));
            b.look("meal-builder-recipe-saved");

            // the plan's swap list offers it; swapped in, composed to today's breakfast
            d.get(s.base() + "/p/tom/plan");
            d.findElement(By.cssSelector("form[action='/p/tom/plan'] button[type=submit]")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Tuesday 2026-12-01 (today)"));
            new Select(d.findElement(By.id("swap-2026-12-01-breakfast"))).selectByValue("clinic-custard-with-chicken");
            d.findElement(By.cssSelector("#swap-2026-12-01-breakfast ~ button[value=swap]")).click();
            b.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message, p.alert"),
                    "breakfast on 2026-12-01"));
            assertTrue(d.findElement(By.cssSelector("p.message")).getText().contains(
                    "swapped to Clinic custard with chicken"));
            b.look("plan-swapped-to-clinic-recipe");

            d.findElement(By.linkText("Clinic foods")).click();
            b.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("clinic-recipes")));
            assertTrue(d.findElement(By.id("clinic-recipes")).getText().contains("clinic-custard-with-chicken"));
            b.look("clinic-foods-and-recipe");
        }
    }
}
