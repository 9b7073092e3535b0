package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.food.Sr24Jars;

class FoodImportCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void importSr24WritesBothTablesAndSummarises() throws IOException {
        Path jar = Sr24Jars.standard(dir);
        Path foods = dir.resolve("foods");
        assertEquals(0, run("food", "import-sr24", jar.toString(), "--out", foods.toString()), err.toString());
        assertEquals("Wrote 3 foods to " + foods.resolve("usda-sr24.csv") + "\n"
                + "Wrote 3 household measures to " + foods.resolve("usda-sr24-measures.csv") + "\n"
                + "Foods with problems: 1 (1 kept as published, 0 left out)\n"
                + "  01008: measure 'nothing' left out: measure grams must be above zero (kept as published)\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        assertTrue(Files.readString(foods.resolve("usda-sr24.csv")).contains("01001,\"Butter, salted\""));
    }

    @Test
    void importSr24RefusesToOverwriteWithoutForce() throws IOException {
        Path jar = Sr24Jars.standard(dir);
        assertEquals(0, run("food", "import-sr24", jar.toString(), "--out", dir.toString()));
        assertEquals(2, run("food", "import-sr24", jar.toString(), "--out", dir.toString()));
        assertEquals("error: " + dir.resolve("usda-sr24.csv").toAbsolutePath()
                + ": already exists; use --force to overwrite it", err.toString().strip());
        assertEquals(0, run("food", "import-sr24", jar.toString(), "--out", dir.toString(), "--force"));
    }

    @Test
    void importSr24ReportsAMissingJar() {
        assertEquals(2, run("food", "import-sr24", dir.resolve("none.jar").toString(), "--out", dir.toString()));
        assertEquals("error: " + dir.resolve("none.jar") + ": no such file", err.toString().strip());
    }

    @Test
    void importSr24ReportsAFileThatIsNotAJar() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(2, run("food", "import-sr24", text.toString(), "--out", dir.toString()));
        assertTrue(err.toString().startsWith("error: " + text + ": not a jar (zip) file"), err.toString());
        assertFalse(Files.exists(dir.resolve("usda-sr24.csv")));
    }

    @Test
    void importSr24ReportsMalformedXmlByEntryName() throws IOException {
        Path jar = Sr24Jars.write(dir, Map.of("01002", "<food uid=\"01002\" name=\"x\">"));
        assertEquals(2, run("food", "import-sr24", jar.toString(), "--out", dir.toString()));
        String e = err.toString().strip();
        assertTrue(e.startsWith("error: usda_sr24.jar!usda_sr24/01002.xml:1: malformed XML"), e);
        assertEquals(1, e.lines().count(), "one line, no stack trace");
    }

    @Test
    void importFdcWritesTheNamedTables() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/fdc/food.csv").toURI()).getParent();
        assertEquals(0, run("food", "import-fdc", fixture.toString(), "--out", dir.toString(), "--name", "fdc-2019"),
                err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("Wrote 3 foods to " + dir.resolve("fdc-2019.csv")), text);
        assertTrue(text.contains("Foods with problems: 2 (1 kept as published, 1 left out)"), text);
        assertTrue(text.contains("999003: no nutrient values in food_nutrient.csv (left out)"), text);
        assertTrue(Files.exists(dir.resolve("fdc-2019-measures.csv")));
    }

    @Test
    void importFdcReportsAMissingColumnWithFileAndLine() throws IOException {
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("food.csv"), "\"fdc_id\",\"name\"\n\"1\",\"x\"\n");
        assertEquals(2, run("food", "import-fdc", csv.toString(), "--out", dir.toString()));
        assertEquals("error: food.csv:1: missing column 'description'", err.toString().strip());
    }

    @Test
    void importFdcReportsAMissingFolderAndABadName() {
        assertEquals(2, run("food", "import-fdc", dir.resolve("x").toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains(dir.resolve("x") + ": no such folder"), err.toString());
        assertEquals(2, run("food", "import-fdc", dir.toString(), "--out", dir.toString(), "--name", "../up"));
        assertTrue(err.toString().contains("--name: '../up' is not a file name"), err.toString());
    }

    @Test
    void outIsRequired() {
        assertEquals(2, run("food", "import-sr24", "x.jar"));
        assertTrue(err.toString().contains("Missing required option: '--out=DIR'"), err.toString());
    }
}
