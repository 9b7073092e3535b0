package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code print} of several plans into one folder. */
class SeveralPlansTest {
    @TempDir
    Path dir;

    @BeforeEach
    void shipped() {
        ShippedData.assumePresent();
    }

    private Path plan(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        assertEquals(ExitCodes.OK, CliRun.of("plan", "--example", "--days", "2", "--start", "2026-12-01", "--out",
                file.toString()).code());
        return file;
    }

    @Test
    void eachPlanIsWrittenIntoTheFolderByItsNameOrItsPatientFolder() throws Exception {
        Path anna = plan(dir.resolve("clinic/anna/plan.json"));
        Path ben = plan(dir.resolve("ben.json"));
        Path out = dir.resolve("out");
        CliRun export = CliRun.of("export", anna.toString(), ben.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, export.code(), export.err());
        assertTrue(Files.size(out.resolve("anna.xlsx")) > 0);
        assertTrue(Files.size(out.resolve("ben.xlsx")) > 0);
        assertEquals(2, export.out().lines().count(), export.out());
        CliRun csv = CliRun.of("export", anna.toString(), ben.toString(), "--out", out.toString(), "--as", "csv");
        assertEquals(ExitCodes.OK, csv.code(), csv.err());
        assertTrue(Files.readString(out.resolve("ben.csv")).startsWith("date,"));
        CliRun print = CliRun.of("print", anna.toString(), ben.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, print.code(), print.err());
        assertEquals("", print.out());
        assertTrue(Files.size(out.resolve("anna.pdf")) > 0);

        CliRun again = CliRun.of("print", anna.toString(), ben.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("anna.pdf: already exists"), again.err());
        CliRun clash = CliRun.of("export", anna.toString(), plan(dir.resolve("other/anna/plan.json")).toString(),
                "--out", dir.resolve("out2").toString());
        assertEquals(ExitCodes.BAD_INPUT, clash.code());
        assertTrue(clash.err().contains("both be written as anna.xlsx"), clash.err());
        CliRun remind = CliRun.of("remind", anna.toString(), ben.toString(), "--out", dir.resolve("m.ics").toString());
        assertEquals(ExitCodes.BAD_INPUT, remind.code());
    }
}
