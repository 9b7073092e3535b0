package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ketoplan.common.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrescribeCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static JsonNode json(Result r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return Mappers.json().readTree(r.out());
    }

    @Test
    void workedCheckInJson() throws IOException {
        // 1000 kcal at 4:1, 15 g protein: 25 units, fat 100, carb 10; 4 meals of fat 25, protein 3.75, carb 2.5.
        JsonNode j = json(run("prescribe", "--weight", "8", "--age-months", "9", "--kcal", "1000", "--ratio", "4:1",
                "--protein", "15", "--meals", "4", "--format", "json"));
        assertEquals(1000.0, j.get("kcal").asDouble());
        assertEquals(4.0, j.get("ratio").asDouble());
        assertEquals(25.0, j.get("units").asDouble());
        assertEquals(100.0, j.get("fat_g").asDouble());
        assertEquals(15.0, j.get("protein_g").asDouble());
        assertEquals(10.0, j.get("carb_g").asDouble());
        assertEquals("net", j.get("carb_convention").asText());
        assertEquals(0.0, j.get("medicine_carb_g").asDouble());
        assertEquals(4, j.get("meals").size());
        for (JsonNode m : j.get("meals")) {
            assertEquals(250.0, m.get("kcal").asDouble());
            assertEquals(25.0, m.get("fat_g").asDouble());
            assertEquals(3.75, m.get("protein_g").asDouble());
            assertEquals(2.5, m.get("carb_g").asDouble());
        }
        assertEquals(0, j.get("snacks").size());
        assertEquals(0, j.get("warnings").size());
        assertEquals("given: 1000 kcal/d", j.get("sources").get("energy").asText());
    }

    @Test
    void workedCheckInText() {
        Result r = run("prescribe", "--weight", "8", "--age-months", "9", "--kcal", "1000", "--ratio", "4",
                "--protein", "15", "--meal", "breakfast=25%@07:00", "--meal", "lunch=25%", "--meal", "tea=30%",
                "--meal", "supper=20%", "--carbs", "total");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Carbohydrate counted: total"), r.out());
        // day: 1000 kcal, 4:1, 25 units, fat 100, protein 15, carb 10; tea (30 %): 300 kcal, 7.5 units, 30/4.5/3.
        assertTrue(r.out().matches("(?s).*day\\s+1000\\.0\\s+4:1\\s+25\\.0\\s+100\\.0\\s+15\\.0\\s+10\\.0.*"), r.out());
        assertTrue(r.out().matches("(?s).*breakfast\\s+07:00\\s+250\\.0\\s+4:1\\s+6\\.3\\s+25\\.0\\s+3\\.8\\s+2\\.5.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*tea\\s+300\\.0\\s+4:1\\s+7\\.5\\s+30\\.0\\s+4\\.5\\s+3\\.0.*"), r.out());
    }

    @Test
    void defaultEnergyNamesTheAgeTable() throws IOException {
        // 9 months, 8 kg: Butte 2005, 339 kJ/kg/d (the 6-month plateau) / 4.184 = 81.023 kcal/kg x 8 = 648.2 kcal.
        Result r = run("prescribe", "--weight", "8", "--age-months", "9", "--ratio", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Butte NF. Energy requirements of infants. Public Health Nutr 2005"), r.out());
        assertFalse(r.out().contains("clinical.md"), r.out());
        assertTrue(r.out().matches("(?s).*day\\s+648\\.2\\s+3:1.*"), r.out());
        // from 12 months the Compass table: 15 months, 10 kg: 75 x 10 = 750 kcal
        Result toddler = run("prescribe", "--weight", "10", "--age-months", "15", "--ratio", "3");
        assertTrue(toddler.out().matches("(?s).*day\\s+750\\.0\\s+3:1.*"), toddler.out());
        assertTrue(toddler.out().contains("Compass Group Manual of Clinical Nutrition Management"), toddler.out());
        JsonNode j = json(run("prescribe", "--weight", "8", "--born", "2026-02-01", "--on", "2026-11-22",
                "--ratio", "3", "--format", "json"));
        assertEquals(9, j.get("age_months").asInt());
        assertEquals(648.2, j.get("kcal").asDouble(), 0.05);
        assertTrue(j.get("sources").get("energy").asText().contains("the 6-month value, 339 kJ/kg/d"));
    }

    @Test
    void snacksAndMedicinesInJson() throws IOException {
        // Snack 100 kcal at 1.5:1 (protein 1.5 g); meals 225 kcal each. Medicine 2 x 120 mg = 0.24 g taken from the
        // day's 13.2142857 g carbohydrate in proportion.
        JsonNode j = json(run("prescribe", "--weight", "8", "--age-months", "9", "--kcal", "1000", "--ratio", "4",
                "--protein", "15", "--meals", "4", "--snack", "tea=100kcal@1.5@15:00", "--medicine",
                "keppra=120mg*2", "--format", "json"));
        assertEquals(0.24, j.get("medicine_carb_g").asDouble());
        assertEquals("tea", j.get("snacks").get(0).get("name").asText());
        assertEquals("15:00", j.get("snacks").get(0).get("time").asText());
        assertEquals(1.5, j.get("snacks").get(0).get("protein_g").asDouble());
        assertEquals(22.5, j.get("meals").get(0).get("fat_g").asDouble());
        assertEquals(13.21 - 0.24, j.get("carb_g").asDouble(), 0.006);
    }

    @Test
    void rampPrintsOneDayPerStep() throws IOException {
        JsonNode j = json(run("prescribe", "--weight", "8", "--age-months", "9", "--kcal", "1000", "--protein",
                "15", "--ramp", "1:1,2:1,3,4", "--format", "json"));
        JsonNode steps = j.get("steps");
        assertEquals(4, steps.size());
        // 2:1: units 1000/22 = 45.45, fat 90.91, carb 30.45. 4:1: fat 100, carb 10.
        assertEquals(2.0, steps.get(1).get("ratio").asDouble());
        assertEquals(90.91, steps.get(1).get("fat_g").asDouble());
        assertEquals(30.45, steps.get(1).get("carb_g").asDouble());
        assertEquals(10.0, steps.get(3).get("carb_g").asDouble());
        assertEquals(1000.0, steps.get(0).get("kcal").asDouble());
        Result text = run("prescribe", "--weight", "8", "--age-months", "9", "--kcal", "1000", "--ramp", "1,2,3");
        assertTrue(text.out().contains("Step 1: 1:1") && text.out().contains("Step 3: 3:1"), text.out());
    }

    @Test
    void unitsRoundedDownGiveThePublishedThirtyNineUnits() throws IOException {
        // ISRN Pediatrics 2012, 263139, Table 2: 18 kg x 68 kcal/kg = 1224 kcal at 3:1, protein 1 g/kg = 18 g:
        // 1224 / 31 = 39.48 -> 39 units; fat 3 x 39 = 117 g; carbohydrate 39 - 18 = 21 g; 39 x 31 = 1209 kcal
        JsonNode j = json(run("prescribe", "--weight", "18", "--age-months", "60", "--kcal", "1224", "--ratio", "3",
                "--protein", "18", "--meals", "3", "--units-rounding", "down", "--format", "json"));
        assertEquals(39.0, j.get("units").asDouble());
        assertEquals(117.0, j.get("fat_g").asDouble());
        assertEquals(21.0, j.get("carb_g").asDouble());
        assertEquals(1209.0, j.get("kcal").asDouble());
        assertEquals(39.0, j.get("meals").get(0).get("fat_g").asDouble());
        assertEquals(7.0, j.get("meals").get(0).get("carb_g").asDouble());
        Result none = run("prescribe", "--weight", "18", "--age-months", "60", "--kcal", "1224", "--ratio", "3",
                "--protein", "18", "--units-rounding", "none", "--format", "json");
        assertEquals(39.48, json(none).get("units").asDouble());
        Result bad = run("prescribe", "--weight", "18", "--age-months", "60", "--ratio", "3", "--units-rounding",
                "up");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--units-rounding: units rounding must be 'down' or 'none', not 'up'"),
                bad.err());
    }

    @Test
    void initWritesATemplateThatPrescribeAccepts() throws IOException {
        Path f = dir.resolve("patient.yaml");
        Result init = run("init", f.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.readString(f).contains("weight_kg: 7.8"));
        Result p = run("prescribe", "--patient", f.toString());
        assertEquals(0, p.code(), p.err());
        // 8 months, 7.8 kg: 339 kJ/kg/d (Butte 2005, mean of boys and girls at 6 months, a plateau to 12) / 4.184 =
        // 81.023 kcal/kg x 7.8 kg = 631.98 kcal at 3:1; the pattern for 8 months: four feeds of 12.5 %
        // (631.98 / 8 = 79.0 kcal) and three meals of one sixth (631.98 / 6 = 105.3 kcal)
        assertTrue(p.out().matches("(?s).*day\\s+632\\.0\\s+3:1.*"), p.out());
        assertTrue(p.out().matches("(?s).*morning feed \\(feed\\)\\s+06:30\\s+79\\.0\\s+3:1.*"), p.out());
        assertTrue(p.out().matches("(?s).*breakfast\\s+08:00\\s+105\\.3\\s+3:1.*"), p.out());
        assertTrue(p.out().contains("meal pattern: default: 6-11 months: four milk feeds"), p.out());
        Result again = run("init", f.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists; use --force"), again.err());
        assertEquals(0, run("init", "--force", f.toString()).code());
    }

    @Test
    void optionsReplaceThePatientFilesValues() throws IOException {
        Path f = dir.resolve("p.yaml");
        assertEquals(0, run("init", f.toString()).code());
        JsonNode j = json(run("prescribe", "--patient", f.toString(), "--ratio", "4", "--kcal", "1000",
                "--protein", "15", "--format", "json"));
        assertEquals(100.0, j.get("fat_g").asDouble());
        assertEquals(7, j.get("meals").size());
        assertEquals("feed", j.get("meals").get(0).get("kind").asText());
        assertEquals("feeds and meals", j.get("pattern").asText());
        assertEquals("Example Baby", j.get("name").asText());
    }

    @Test
    void aMalformedPatientFileExitsTwoWithFileAndLine() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: x\nage_months: 9\nweight_kg: -3\nprescription: {ratio: 3}\n");
        Result r = run("prescribe", "--patient", f.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + f + ":3: weight_kg: must be above zero (-3)", r.err().strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --ratio 7               | --ratio: ratio 7 is outside 0.5 to 6
            --kcal -5               | --kcal must be above zero
            --kcal 12,5             | '--kcal'
            --meal a=50% --meal b=40% | --meal: meal shares add to 90 %, not 100 %
            --snack 100             | --snack:
            --medicine keppra=120*2 | --medicine:
            --ramp 1,9              | --ramp: ratio 9 is outside
            --meals 3 --meal a=1    | --meals and --meal
            --energy guess          | --energy:
            """)
    void badOptionsExitTwoNamingTheOption(String options, String expected) {
        String[] extra = options.trim().split("\\s+");
        String[] base = {"prescribe", "--weight", "8", "--age-months", "9", "--protein=15"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Result r = run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void missingWeightOrAgeIsNamed() {
        Result r = run("prescribe", "--age-months", "9", "--ratio", "4");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--weight: missing"), r.err());
        Result r2 = run("prescribe", "--weight", "8", "--ratio", "4");
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("--age-months or --born: missing"), r2.err());
    }
}
