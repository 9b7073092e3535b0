package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketoplan.common.Mappers;

/**
 * {@code ketoplan meal} through {@link Main#run}, with test foods from a YAML file (values of USDA SR 01053 heavy
 * cream, 01001 butter, 05064 roasted chicken breast, 11090 raw broccoli) so the answers do not move with the
 * shipped database.
 */
class MealCommandTest {
    @TempDir
    static Path dir;
    static Path foods;

    @BeforeAll
    static void writeFoods() throws IOException {
        foods = dir.resolve("foods.yaml");
        Files.writeString(foods, """
                foods:
                  - id: t-cream
                    name: Test heavy cream
                    per_100g: {fat_g: 37.0, protein_g: 2.05, carbohydrate_g: 2.79, fibre_g: 0}
                    source: USDA SR 01053
                  - id: t-butter
                    name: Test butter
                    per_100g: {fat_g: 81.11, protein_g: 0.85, carbohydrate_g: 0.06, fibre_g: 0}
                    source: USDA SR 01001
                  - id: t-chicken
                    name: Test chicken breast, roasted
                    per_100g: {fat_g: 3.57, protein_g: 31.02, carbohydrate_g: 0}
                    source: USDA SR 05064
                  - id: t-broccoli
                    name: Test broccoli, raw
                    per_100g: {fat_g: 0.37, protein_g: 2.82, carbohydrate_g: 6.64, fibre_g: 2.6}
                    source: USDA SR 11090
                  - id: t-salt
                    name: Test salt
                    per_100g: {fat_g: 0, protein_g: 0, carbohydrate_g: 0}
                    source: USDA SR 02047
                  - id: t-liquigen
                    name: Test MCT emulsion
                    per_100ml: {kcal: 450, fat_g: 50, protein_g: 0, carbohydrate_g: 0}
                    source: clinical.md (Liquigen)
                  - id: t-egg-white
                    name: Test egg white powder
                    per_100g: {fat_g: 0, protein_g: 80, carbohydrate_g: 5}
                    source: test
                """);
    }

    @org.junit.jupiter.api.BeforeEach
    void shipped() {
        ShippedData.assumePresent();
    }

    private static CliRun meal(String... args) {
        List<String> all = new ArrayList<>(List.of("meal", "--foods", foods.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(new String[0]));
    }

    private static final String[] FOUR_FOODS = {"--food", "t-cream", "--food", "t-butter", "--food", "t-chicken",
        "--food", "t-broccoli"};

    private static String[] with(String[] tail, String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }

    @Test
    void fourToOneMealAsTextShowsGramsTotalsAndBands() {
        // the same meal as MealComposerTest: 12 g cream, 55 g butter, 25 g chicken, 53 g broccoli, 501.1 kcal, 4.02:1
        CliRun r = meal(with(FOUR_FOODS, "--kcal", "500", "--ratio", "4:1", "--protein", "10",
                "--uncounted", "t-salt=1"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*Test heavy cream \\[t-cream\\] +12 g .*"), r.out());
        assertTrue(r.out().matches("(?s).*Test butter \\[t-butter\\] +55 g .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\[t-chicken\\] +25 g .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\[t-broccoli\\] +53 g .*"), r.out());
        assertTrue(r.out().contains("Test salt [t-salt] (not counted)"), r.out());
        assertTrue(r.out().matches("(?s).*total +50\\.1 +9\\.96 +2\\.51 +501\\.1.*"), r.out());
        assertTrue(r.out().matches("(?s).*ratio +4:1 +4\\.02:1 +3\\.90 to 4\\.10 +✓.*"), r.out());
        assertTrue(r.out().contains("carbohydrate, net (g)"), r.out());
        assertTrue(r.out().contains("Every band holds."), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonHasTheAgreedFields() {
        CliRun r = meal(with(FOUR_FOODS, "--fat", "50", "--protein", "10", "--carb", "2.5", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("foods", "fat_g", "protein_g", "carb_g", "kcal", "ratio", "target", "within_tolerance",
                "bands", "carb_convention", "step", "safety_notes"), fields);
        JsonNode cream = j.get("foods").get(0);
        assertEquals("t-cream", cream.get("id").asText());
        assertEquals(12.0, cream.get("grams").asDouble());
        assertEquals(4.44, cream.get("fat_g").asDouble()); // 12 x 0.37
        assertTrue(cream.has("protein_g") && cream.has("carb_g") && cream.has("kcal") && cream.has("name"));
        assertEquals(501.1, j.get("kcal").asDouble());
        assertEquals(4.02, j.get("ratio").asDouble());
        assertEquals(50.0, j.get("target").get("fat_g").asDouble());
        assertEquals(500.0, j.get("target").get("kcal").asDouble()); // 450 + 40 + 10
        assertTrue(j.get("within_tolerance").asBoolean());
        assertEquals("net", j.get("carb_convention").asText());
        assertEquals(1.0, j.get("step").asDouble());
    }

    @Test
    void liquidIsReportedInMillilitres() {
        CliRun r = meal("--kcal", "500", "--ratio", "4", "--protein", "10", "--food", "t-liquigen", "--food",
                "t-chicken", "--food", "t-broccoli", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode liquid = json(r.out()).get("foods").get(0);
        assertTrue(liquid.get("grams").isNull());
        assertTrue(liquid.get("ml").asDouble() > 0);
    }

    @Test
    void proteinDefaultsToOneAndAHalfGramsPerHundredKcalAndSaysSo() {
        // 500 kcal x 1.5 / 100 = 7.5 g protein
        CliRun r = meal(with(FOUR_FOODS, "--kcal", "500", "--ratio", "3"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*protein \\(g\\) +7\\.50 .*"), r.out());
        assertTrue(r.out().contains("the default 1.5 g per 100 kcal"), r.out());
    }

    @Test
    void tenthGramStepAndTotalCarbohydrate() {
        CliRun r = meal(with(FOUR_FOODS, "--kcal", "500", "--ratio", "3", "--protein", "10", "--step", "0.1",
                "--carbs", "total", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals("total", j.get("carb_convention").asText());
        assertEquals(0.1, j.get("step").asDouble());
        for (JsonNode f : j.get("foods")) {
            double tenths = f.get("grams").asDouble() * 10;
            assertEquals(Math.rint(tenths), tenths, 1e-6);
        }
    }

    @Test
    void targetFromThePatientFilesPrescription() throws IOException {
        // the template patient on 2026-11-22: 8 months, 7.8 kg: 339 kJ/kg/d (Butte 2005, mean of boys and girls at
        // 6 months, a plateau to 12) / 4.184 = 81.023 kcal/kg x 7.8 kg = 631.98 kcal at 3:1; the meals the pattern
        // for 8 months: tea = one sixth = 105.33 kcal at 3:1 (weighed to 0.1 g: at 1 g steps 5 g of chicken is
        // already above its protein)
        Path patient = dir.resolve("patient.yaml");
        Files.writeString(patient, org.ketoplan.prescription.PatientFile.template(java.time.LocalDate.of(2026, 11,
                22)));
        CliRun r = meal(with(FOUR_FOODS, "--patient", patient.toString(), "--meal", "tea", "--on", "2026-11-22",
                "--step", "0.1", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(105.3, j.get("target").get("kcal").asDouble());
        assertEquals(3.0, j.get("target").get("ratio").asDouble());
        assertTrue(j.get("within_tolerance").asBoolean());
        CliRun mixed = meal(with(FOUR_FOODS, "--patient", patient.toString(), "--meal", "tea", "--kcal", "500"));
        assertEquals(ExitCodes.BAD_INPUT, mixed.code());
        assertTrue(mixed.err().startsWith("error: --patient: the target comes from the patient file"), mixed.err());
        CliRun unknown = meal(with(FOUR_FOODS, "--patient", patient.toString(), "--meal", "elevenses"));
        assertEquals(ExitCodes.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("no meal or snack named 'elevenses'"), unknown.err());
    }

    @Test
    void noFatSourceExitsThreeNamingTheFix() {
        CliRun r = meal("--kcal", "500", "--ratio", "4", "--food", "t-egg-white");
        assertEquals(ExitCodes.NO_SOLUTION, r.code());
        assertEquals("no solution: no food supplies fat: add butter, oil or cream", r.err().strip());
    }

    @Test
    void fixedBroccoliOverTheCarbohydrateExitsThree() {
        CliRun r = meal("--kcal", "500", "--ratio", "4", "--protein", "10", "--food", "t-butter", "--food",
                "t-chicken", "--food", "t-broccoli=70");
        assertEquals(ExitCodes.NO_SOLUTION, r.code());
        assertTrue(r.err().startsWith("no solution: 70 g of fixed Test broccoli, raw alone exceed the meal's 2.5 g "
                + "carbohydrate"), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative grams       | --food t-butter=-5                  | --food t-butter=-5: amounts must not be negative (-5)
            unknown food         | --food t-nothing-like-it            | --food t-nothing-like-it:
            min above max        | --food t-butter=40..20              | --food t-butter=40..20: the least amount 40 is above the largest 20
            decimal comma        | --food t-butter=12,5                | '12,5' uses a decimal comma
            ratio zero           | --kcal 500 --ratio 0                | --ratio: ratio 0 is outside 0.5 to 6
            ratio above six      | --kcal 500 --ratio 7:1              | --ratio: ratio 7 is outside 0.5 to 6
            both target forms    | --kcal 500 --ratio 4 --fat 50       | give the target as --kcal and --ratio, or as --fat, --protein and --carb, not both
            no target            | --step 1                            | no target: give --kcal and --ratio
            ratio missing        | --kcal 500                          | --ratio: missing
            carb missing         | --fat 50 --protein 10               | --carb: missing
            odd step             | --kcal 500 --ratio 4 --step 0.5     | --step: must be 1 or 0.1
            kcal zero            | --kcal 0 --ratio 4                  | --kcal must be above zero
            too much protein     | --kcal 100 --ratio 4 --protein 5    | --protein: protein 5.0 g is more than the 2.5 g
            fat ratio out        | --fat 0 --protein 10 --carb 2       | --fat: the target's ratio 0:1 is outside 0.5 to 6
            fixed off the step   | --food t-butter=30.5                | --food: t-butter: 30.5 g is not a multiple of the scale step 1
            uncounted unweighed  | --kcal 500 --ratio 4 --uncounted t-salt | --uncounted t-salt: give the seasoning's amount
            """)
    void badInputExitsTwoWithOneLineNamingTheOption(String what, String args, String message) {
        List<String> all = new ArrayList<>(List.of(args.split(" ")));
        if (!args.contains("--food")) {
            all.addAll(List.of(FOUR_FOODS));
        } else {
            all.addAll(0, List.of("--kcal", "500", "--ratio", "4"));
        }
        CliRun r = meal(all.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.errLines()[0].startsWith("error: "), r.err());
        assertTrue(r.errLines()[0].contains(message), r.errLines()[0]);
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void composingPrintsNothingStrayInProcess() {
        // ojAlgo prints a hardware-profile banner to System.out on first use unless silenced (see compose.OjAlgo)
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        CliRun r;
        try {
            r = meal(with(FOUR_FOODS, "--kcal", "500", "--ratio", "4:1", "--protein", "10"));
        } finally {
            System.setOut(saved);
        }
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
        assertEquals("", r.err());
    }

    @Test
    void composingPrintsNothingStrayInAFreshJvm() throws Exception {
        // a fresh JVM, where ojAlgo has certainly not been initialised yet: the first line out is the table header
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "meal", "--foods",
                foods.toString(), "--kcal", "500", "--ratio", "4:1", "--protein", "10"));
        cmd.addAll(List.of(FOUR_FOODS));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.startsWith("food "), out);
        assertEquals("", err);
    }

    private static JsonNode json(String text) {
        try {
            return Mappers.json().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
