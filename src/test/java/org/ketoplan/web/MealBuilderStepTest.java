package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketoplan.cli.CliRun;
import org.ketoplan.common.Mappers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meal builder's scale step: the plan's (or the one chosen), for -/+, typed amounts and Solve. */
class MealBuilderStepTest extends ServedFolder {

    @BeforeEach
    void start() {
        Fixtures.child(dir, "tom");
    }

    private static String[] form(String step, String op, String... foodAmount) {
        List<String> f = new ArrayList<>(List.of("slot", "breakfast"));
        if (step != null) {
            f.addAll(List.of("step", step));
        }
        for (int i = 0; i < foodAmount.length; i += 2) {
            f.addAll(List.of("food", foodAmount[i], "amount", foodAmount[i + 1]));
        }
        if (op != null) {
            f.addAll(List.of("op", op));
        }
        return f.toArray(String[]::new);
    }

    @Test
    void aTenthOfAGramStepMovesAndShowsTenths() {
        // 53.06 g broccoli is 53.1 g on a 0.1 g scale; + makes it 53.2; - on 12.3 g cream makes 12.2
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("0.1", "plus:11090", "01053", "12.3", "11090",
                "53.06")).body());
        assertEquals("53.2", d.getElementById("amount-11090").val());
        assertEquals("12.3", d.getElementById("amount-01053").val());
        assertEquals("0.1 g more Broccoli, raw", d.selectFirst("button[data-op=plus:11090]").attr("aria-label"));
        // the totals of the amounts as shown: cream 12.3 x 0.37 = 4.551 g fat + broccoli 53.2 x 0.0037 = 0.197 g
        // = 4.7 g (row 4.6 + 0.2); protein 12.3 x 0.0205 + 53.2 x 0.0282 = 0.252 + 1.500 = 1.75 g
        assertEquals("4.6", d.getElementById("amount-01053").closest("tr").child(3).text());
        assertEquals("1.5", d.getElementById("amount-11090").closest("tr").child(4).text());
        assertEquals("1.75", d.selectFirst("td[data-band=protein (g)]").text());
        d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("0.1", "minus:01053", "01053", "12.3")).body());
        assertEquals("12.2", d.getElementById("amount-01053").val());

        // on a 1 g scale a typed 12.4 is weighed as 12 g, and + adds a whole gram
        d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("1", null, "01053", "12.4")).body());
        assertEquals("12", d.getElementById("amount-01053").val());
        d = Jsoup.parse(s.fetch("/p/tom/meal/check", form("1", "plus:01053", "01053", "12.4")).body());
        assertEquals("13", d.getElementById("amount-01053").val());
        assertEquals(400, s.fetch("/p/tom/meal/check", form("0.5", null, "01053", "12")).status());
    }

    @Test
    void solveAtATenthOfAGramGivesTheAmountsOfMealStepOneTenth() throws Exception {
        String[] foods = {"01053", "01145", "05064", "11090"};
        CliRun cli = CliRun.of("meal", "--patient", dir.resolve("tom/patient.yaml").toString(), "--meal",
                "breakfast", "--on", "2026-12-01", "--food", foods[0], "--food", foods[1], "--food", foods[2],
                "--food", foods[3], "--step", "0.1", "--format", "json");
        assertEquals(0, cli.code(), cli.err());
        JsonNode json = Mappers.json().readTree(cli.out());
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/solve", form("0.1", "solve", "01053", "0", "01145", "0",
                "05064", "0", "11090", "0")).body());
        boolean tenths = false;
        for (JsonNode f : json.get("foods")) {
            double g = f.get("grams").asDouble();
            tenths |= Math.abs(g - Math.rint(g)) > 1e-9;
            assertEquals(String.format(Locale.ROOT, "%.1f", g), d.getElementById("amount-" + f.get("id").asText())
                    .val(), f.get("id").asText());
        }
        assertTrue(tenths, "the 0.1 g solution is not whole grams: " + json.get("foods"));
        assertEquals("Every band holds.", d.getElementById("verdict").text());
    }

    @Test
    void aPlanWeighedInTenthsGivesTheBuilderItsStep() throws Exception {
        Path tom = dir.resolve("tom");
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "3", "start", "2026-12-01", "step", "0.1")
                .status());
        Path cli = dir.resolve("cli.json");
        CliRun run = CliRun.of("plan", "--patient", tom.resolve("patient.yaml").toString(), "--days", "3", "--start",
                "2026-12-01", "--step", "0.1", "--out", cli.toString(), "-q");
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(Files.readAllBytes(cli), Files.readAllBytes(tom.resolve("plan.json")), "plan --step 0.1");

        Document page = Jsoup.parse(s.get("/p/tom/meal").body());
        assertEquals("0.1", page.selectFirst("#step option[selected]").val(), "the plan's step");
        assertTrue(page.text().contains("the plan is weighed in 0.1 g steps"));
        // without a step in the form (a script that sends none) the plan's step applies: 12 + 0.1
        Document d = Jsoup.parse(s.fetch("/p/tom/meal/check", form(null, "plus:01053", "01053", "12")).body());
        assertEquals("12.1", d.getElementById("amount-01053").val());
    }
}
