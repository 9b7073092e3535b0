package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ketoplan.cli.CliRun;
import org.ketoplan.common.Mappers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meal builder: the composer of {@code meal}, +/- at the scale step, locks, and the band checks. */
class MealBuilderTest extends ServedFolder {

    @BeforeEach
    void start() {
        Fixtures.child(dir, "tom");
    }

    private static String[] form(String op, String... foodAmount) {
        List<String> f = new ArrayList<>(List.of("slot", "breakfast"));
        for (int i = 0; i < foodAmount.length; i += 2) {
            f.addAll(List.of("food", foodAmount[i], "amount", foodAmount[i + 1]));
        }
        if (op != null) {
            f.addAll(List.of("op", op));
        }
        return f.toArray(String[]::new);
    }

    private static String band(Document d, String name) {
        return d.selectFirst("td[data-band=" + name + "]").text();
    }

    @Test
    void typedAmountsGiveTheTotalsAndBandsByHand() {
        // README's meal: 12 g cream 01053, 55 g butter 01001 (salted: refused under 12 months, this child is 5),
        // 25 g chicken 05064, 53 g broccoli 11090 = fat 50.1 g, protein 9.96 g, net carb 2.51 g, 501.1 kcal,
        // ratio 50.1 / (9.96 + 2.51) = 4.02:1. The breakfast is 300 kcal (285 to 315): kcal fails, ratio holds.
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", form(null, "01053", "12", "01001", "55", "05064",
                "25", "11090", "53")).body());
        assertEquals("4.02:1", band(d, "ratio"));
        assertEquals("501.1", band(d, "kcal"));
        assertEquals("9.96", band(d, "protein (g)"));
        assertEquals("2.51", band(d, "carbohydrate, net (g)"));
        assertEquals("NOT every band holds.", d.getElementById("verdict").text());
        Element kcalRow = d.selectFirst("td[data-band=kcal]").parent();
        assertEquals("285.0 to 315.0", kcalRow.child(3).text());
        assertEquals("NO", kcalRow.child(4).text());
    }

    @Test
    void plusAndMinusMoveOneScaleStep() {
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("plus:11090", "01053", "12", "11090", "53"))
                .body());
        assertEquals("54", d.getElementById("amount-11090").val());
        d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("minus:01053", "01053", "12", "11090", "53")).body());
        assertEquals("11", d.getElementById("amount-01053").val());
        d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("minus:01053", "01053", "0")).body());
        assertEquals("0", d.getElementById("amount-01053").val(), "never below zero");
    }

    @Test
    void solveGivesTheAmountsOfMealAndLockedAmountsStay() throws Exception {
        String[] foods = {"01053", "01145", "05064", "11090"};
        CliRun cli = CliRun.of("meal", "--patient", dir.resolve("tom/patient.yaml").toString(), "--meal",
                "breakfast", "--on", "2026-12-01", "--food", foods[0], "--food", foods[1], "--food", foods[2],
                "--food", foods[3], "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        JsonNode json = Mappers.json().readTree(cli.out());
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/solve", form("solve", "01053", "0", "01145", "0", "05064", "0",
                "11090", "0")).body());
        for (JsonNode f : json.get("foods")) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.0f", f.get("grams").asDouble()),
                    d.getElementById("amount-" + f.get("id").asText()).val(), f.get("id").asText());
        }
        assertEquals("Every band holds.", d.getElementById("verdict").text());

        List<String> locked = new ArrayList<>(List.of(form("solve", "01053", "20", "01145", "0", "05064", "0",
                "11090", "0")));
        locked.addAll(List.of("lock", "01053"));
        d = Jsoup.parse(s.fetch("/p/tom/meal/solve", locked.toArray(String[]::new)).body());
        assertEquals("20", d.getElementById("amount-01053").val(), "a locked amount is not solved again");
        assertEquals("Every band holds.", d.getElementById("verdict").text());
    }

    @Test
    void aFoodTheChildMustNotHaveIsRefusedWithTheClisMessage() {
        s.post("/p/tom", "name", "Test Child", "age_months", "60", "weight_kg", "18", "prescription.ratio", "4",
                "prescription.kcal", "1200", "prescription.protein_g", "20", "allergies", "milk");
        CliRun cli = CliRun.of("meal", "--patient", dir.resolve("tom/patient.yaml").toString(), "--meal",
                "breakfast", "--food", "01053", "--food", "05064");
        assertEquals(2, cli.code());
        String expected = cli.errLines()[0].replaceFirst("^error: ", "");
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/solve", form("solve", "01053", "0", "05064", "0")).body());
        assertEquals(expected, d.selectFirst("p.alert").text());
    }

    @Test
    void aTypedAmountWithADecimalCommaIsRefusedAsTheCliRefusesIt() {
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", form(null, "01053", "12,5")).body());
        assertTrue(d.selectFirst("p.alert").text().contains("'12,5' uses a decimal comma; write 12.5"),
                d.selectFirst("p.alert").text());
    }

    @Test
    void theSearchFindsFoodsAsTheCliDoes() {
        Document d = Jsoup.parse(s.get("/foods?q=heavy+cream").body());
        assertEquals("add:01053", d.selectFirst("button[data-op]").attr("data-op"),
                "the first hit of 'food search heavy cream'");
    }
}
