package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.common.Mappers;

/** {@code ketoplan plan --patients DIR}: a folder of patient files, or a clinic workspace, in one process. */
class BatchPlanCommandTest {
    /** A 9-month infant: 8 kg x 80 kcal/kg = 640 kcal, four meals. */
    static final String INFANT = """
            name: Infant %s
            age_months: 9
            weight_kg: 8
            prescription:
              ratio: 4
              meals:
                - {name: breakfast, time: "07:00"}
                - {name: lunch, time: "11:30"}
                - {name: tea, time: "15:30"}
                - {name: supper, time: "19:00"}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void shipped() {
        ShippedData.assumePresent();
    }

    @Test
    void everyPatientOfAFolderGetsThePlanASingleRunMakesByteForByte() throws Exception {
        Path clinic = Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(clinic.resolve("anna.yaml"), INFANT.formatted("Anna"));
        Files.writeString(clinic.resolve("ben.yaml"), PlanCommandTest.TODDLER);
        Files.writeString(clinic.resolve("notes.txt"), "not a patient");
        CliRun batch = CliRun.of("plan", "--patients", clinic.toString(), "--days", "7", "--start", "2026-12-01");
        assertEquals(ExitCodes.OK, batch.code(), batch.err());
        // 7 days x 4 meals = 28 for Anna, 7 x 3 = 21 for Ben
        // patient, days, meals, warnings (the plan's notes), exit code, status
        assertTrue(batch.out().matches("(?s).*\\banna +7 +28 +\\d+ +0 +wrote .*"), batch.out());
        assertTrue(batch.out().matches("(?s).*\\bben +7 +21 +\\d+ +0 +wrote .*"), batch.out());
        assertTrue(batch.out().contains("2 of 2 patients planned."), batch.out());
        for (String name : new String[] {"anna", "ben"}) {
            Path single = dir.resolve(name + "-single.json");
            assertEquals(ExitCodes.OK, CliRun.of("plan", "--patient", clinic.resolve(name + ".yaml").toString(),
                    "--days", "7", "--start", "2026-12-01", "--out", single.toString()).code());
            assertArrayEquals(Files.readAllBytes(single), Files.readAllBytes(clinic.resolve(name + ".plan.json")),
                    name);
        }
        CliRun again = CliRun.of("plan", "--patients", clinic.toString(), "--days", "7");
        assertEquals(ExitCodes.BAD_INPUT, again.code(), "existing plans are not overwritten without --force");
    }

    @Test
    void aWorkspaceGetsAPlanInEachPatientsFolderAndABadFileFailsAloneWithItsPlace() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("workspace"));
        Files.createDirectories(ws.resolve("anna"));
        Files.writeString(ws.resolve("anna/patient.yaml"), INFANT.formatted("Anna"));
        Files.createDirectories(ws.resolve("carl"));
        Files.writeString(ws.resolve("carl/patient.yaml"), "name: Carl\nage_months: 9\nweight_kg: -8\n");
        Files.createDirectories(ws.resolve("empty"));
        CliRun batch = CliRun.of("plan", "--patients", ws.toString(), "--days", "2", "--start", "2026-12-01",
                "--format", "json");
        assertEquals(ExitCodes.BAD_INPUT, batch.code(), batch.err());
        JsonNode rows = Mappers.json().readTree(batch.out());
        assertEquals(2, rows.size());
        assertEquals("anna", rows.get(0).get("patient").asText());
        assertEquals(0, rows.get(0).get("exit_code").asInt());
        assertEquals(8, rows.get(0).get("meals").asInt()); // 2 days x 4 meals
        assertTrue(Files.isRegularFile(ws.resolve("anna/plan.json")));
        assertEquals("carl", rows.get(1).get("patient").asText());
        assertEquals(2, rows.get(1).get("exit_code").asInt());
        assertTrue(rows.get(1).get("message").asText().contains("weight"), rows.get(1).toString());
        assertTrue(!Files.exists(ws.resolve("carl/plan.json")));
    }

    @Test
    void anOutFolderCollectsThePlansAndAFolderWithoutPatientsIsRefused() throws Exception {
        Path clinic = Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(clinic.resolve("anna.yaml"), INFANT.formatted("Anna"));
        Path plans = dir.resolve("plans");
        CliRun batch = CliRun.of("plan", "--patients", clinic.toString(), "--days", "1", "--out", plans.toString(),
                "--quiet");
        assertEquals(ExitCodes.OK, batch.code(), batch.err());
        assertTrue(Files.isRegularFile(plans.resolve("anna.json")));
        CliRun none = CliRun.of("plan", "--patients", dir.resolve("plans").toString());
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertTrue(none.err().contains("holds no patient"), none.err());
        CliRun mixed = CliRun.of("plan", "--patients", clinic.toString(), "--example");
        assertEquals(ExitCodes.BAD_INPUT, mixed.code());
    }
}
