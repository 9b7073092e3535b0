package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketoplan.common.Mappers;

/** {@code ketoplan formula} through {@link Main#run}, with the shipped products (foods/keto-products.yaml). */
class FormulaCommandTest {
    /** KetoCal 4:1 alone, at its own protein (14.4 g in 705 kcal, 13.5 g for 650 kcal; FormulaComposerTest). */
    private static final String[] KETOCAL_DAY = {"formula", "--base", "ketocal-4to1-powder", "--kcal", "650",
        "--ratio", "4:1", "--protein", "13.5", "--weight", "7.8", "--feeds", "6"};

    @org.junit.jupiter.api.BeforeEach
    void shipped() {
        ShippedData.assumePresent();
    }

    private static String[] with(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }

    @Test
    void ketoCalDayForASevenPointEightKiloInfant() {
        // as FormulaComposerTest: 94 g powder, 780 ml water (Holliday-Segar 7.8 x 100), 6 feeds of 130 ml,
        // 650.48 kcal, 0.83 kcal/ml
        CliRun r = CliRun.of(KETOCAL_DAY);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\\[ketocal-4to1-powder\\] +94 g +15\\.7 g.*"), r.out());
        assertTrue(r.out().matches("(?s).*water +780 ml +130\\.0 ml.*"), r.out());
        assertTrue(r.out().matches("(?s).*kcal/ml +0\\.83 .*"), r.out());
        assertTrue(r.out().contains("by Holliday-Segar"), r.out());
        assertTrue(r.out().contains("powder's own volume is not counted"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonHasTheAgreedFields() {
        CliRun r = CliRun.of(with(KETOCAL_DAY, "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("products", "water_ml", "total_ml", "kcal", "kcal_per_ml", "ratio", "fat_g", "protein_g",
                "carb_g", "feeds", "per_feed", "warnings"), fields.subList(0, 12));
        assertEquals(94.0, j.get("products").get(0).get("grams").asDouble());
        assertEquals(780.0, j.get("water_ml").asDouble());
        assertEquals(650.5, j.get("kcal").asDouble());
        assertEquals(4.0, j.get("ratio").asDouble());
        assertEquals(6, j.get("feeds").asInt());
        JsonNode feed = j.get("per_feed");
        assertEquals(15.67, feed.get("products").get(0).get("grams").asDouble()); // 94 / 6
        assertEquals(130.0, feed.get("total_ml").asDouble());
        assertEquals(108.4, feed.get("kcal").asDouble()); // 650.48 / 6
        assertEquals(0, j.get("warnings").size());
    }

    @Test
    void modularFeedWithBreastMilkReportsMillilitres() {
        CliRun r = CliRun.of("formula", "--breast-milk-ml", "150", "--module", "liquigen", "--module", "protifar",
                "--kcal", "650", "--ratio", "3", "--fluid-ml", "780", "--feeds", "6", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        double liquids = 0;
        for (JsonNode p : j.get("products")) {
            if (p.has("ml")) {
                liquids += p.get("ml").asDouble();
            }
        }
        assertTrue(liquids >= 150, r.out());
        assertEquals(780.0 - liquids, j.get("water_ml").asDouble(), 1e-9);
        assertTrue(j.get("within_tolerance").asBoolean());
    }

    @Test
    void denseFeedIsWarnedAbout() {
        // 650 kcal in 500 ml = 1.3 kcal/ml
        CliRun r = CliRun.of("formula", "--base", "ketocal-4to1-powder", "--kcal", "650", "--ratio", "4",
                "--protein", "13.5", "--fluid-ml", "500", "--feeds", "6");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("WARNING: energy density 1.30 kcal/ml is above 1.0 kcal/ml"), r.out());
    }

    @Test
    void fluidPerKg() {
        // 120 ml/kg x 7.8 kg = 936 ml
        CliRun r = CliRun.of(with(KETOCAL_DAY, "--fluid-ml-per-kg", "120", "--format", "json"));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(936.0, json(r.out()).get("total_ml").asDouble());
    }

    @Test
    void dayFromThePatientFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        // the template patient on 2026-11-22: 8 months, 7.8 kg: 339 kJ/kg/d (Butte 2005, mean of boys and girls at
        // 6 months, a plateau to 12) / 4.184 = 81.023 kcal/kg x 7.8 kg = 631.98 kcal at 3:1; fluid 800 ml of water a
        // day at 7-12 months (IOM 2005)
        java.nio.file.Path patient = dir.resolve("patient.yaml");
        java.nio.file.Files.writeString(patient, org.ketoplan.prescription.PatientFile.template(
                java.time.LocalDate.of(2026, 11, 22)));
        CliRun r = CliRun.of("formula", "--patient", patient.toString(), "--on", "2026-11-22", "--module",
                "infant-formula-standard-powder", "--module", "liquigen", "--module", "protifar", "--feeds", "6",
                "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode j = json(r.out());
        assertEquals(632.0, j.get("target").get("kcal").asDouble());
        assertEquals(3.0, j.get("target").get("ratio").asDouble());
        assertEquals(800.0, j.get("total_ml").asDouble());
        assertTrue(j.get("within_tolerance").asBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no target       | --base ketocal-4to1-powder --ratio 4 --feeds 6 --weight 7.8                    | --kcal: missing
            no fluid basis  | --base ketocal-4to1-powder --kcal 650 --ratio 4 --feeds 6                      | --weight: missing
            both fluids     | --base ketocal-4to1-powder --kcal 650 --ratio 4 --feeds 6 --fluid-ml 700 --fluid-ml-per-kg 90 --weight 7 | --fluid-ml: give --fluid-ml or --fluid-ml-per-kg, not both
            no feeds        | --base ketocal-4to1-powder --kcal 650 --ratio 4 --feeds 0 --weight 7.8        | --feeds: must be at least 1
            no product      | --kcal 650 --ratio 4 --feeds 6 --weight 7.8                                   | --base: give a complete formula
            ratio zero      | --base ketocal-4to1-powder --kcal 650 --ratio 0 --feeds 6 --weight 7.8       | --ratio: ratio 0 is outside 0.5 to 6
            unknown module  | --module no-such-module-xyz --kcal 650 --ratio 4 --feeds 6 --weight 7.8      | --module no-such-module-xyz:
            negative weight | --base ketocal-4to1-powder --kcal 650 --ratio 4 --feeds 6 --weight -3         | --weight must be above zero
            """)
    void badInputExitsTwo(String what, String args, String message) {
        List<String> all = new ArrayList<>(List.of("formula"));
        all.addAll(List.of(args.trim().split(" +")));
        CliRun r = CliRun.of(all.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.errLines()[0].startsWith("error: ") && r.errLines()[0].contains(message), r.err());
    }

    private static JsonNode json(String text) {
        try {
            return Mappers.json().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
