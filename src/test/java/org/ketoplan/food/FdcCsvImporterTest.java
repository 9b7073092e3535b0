package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;

class FdcCsvImporterTest {
    @TempDir
    Path dir;

    /** The fixture in src/test/resources/fdc: FDC's CSV layout, butter and cream with SR values, a test nut. */
    static Path fixture() {
        try {
            return Path.of(FdcCsvImporterTest.class.getResource("/fdc/food.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Food food(ImportResult r, String id) {
        return r.foods().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static double amount(Food f, Nutrient n) {
        return f.per100().amount(n).orElseThrow();
    }

    @Test
    void butterHasItsGramsPer100gByNutrientNumber() {
        Food butter = food(FdcCsvImporter.read(fixture()), "173410");
        assertEquals("Butter, salted", butter.name());
        assertEquals("Dairy and Egg Products", butter.group());
        assertEquals(717, amount(butter, Nutrient.ENERGY)); // 208 KCAL, not 268 kJ (3000)
        assertEquals(81.11, amount(butter, Nutrient.FAT));
        assertEquals(0.85, amount(butter, Nutrient.PROTEIN));
        assertEquals(0.06, amount(butter, Nutrient.CARBOHYDRATE));
        assertEquals(0.0, amount(butter, Nutrient.FIBRE));
        assertEquals(684, amount(butter, Nutrient.VITAMIN_A)); // 320 RAE ug, not 318 IU (2499)
        assertEquals(1.5, amount(butter, Nutrient.VITAMIN_D)); // 328 ug, not 324 IU (60)
        assertEquals(3, amount(butter, Nutrient.FOLATE));
        assertEquals(0.17, amount(butter, Nutrient.VITAMIN_B12));
        assertFalse(butter.per100().has(Nutrient.IRON), "no row for iron: unknown");
        assertEquals(List.of(new HouseholdMeasure(1, "pat (1\" sq, 1/3\" high)", 5),
                new HouseholdMeasure(1, "tbsp", 14.2)), butter.measures());
        assertEquals(FdcCsvImporter.SOURCE, butter.source());
    }

    @Test
    void foundationFoodsFallBackToAtwaterEnergyAndNleaFat() {
        ImportResult r = FdcCsvImporter.read(fixture());
        Food nut = food(r, "999001");
        assertEquals("Test nut, \"raw\", Foundation style", nut.name());
        assertEquals(610, amount(nut, Nutrient.ENERGY)); // 958 (specific) preferred to 957 (general, 620)
        assertEquals(52.5, amount(nut, Nutrient.FAT)); // 298
        // 0.25 cup, chopped = 35 g; the 0 g tablespoon is left out and reported
        assertEquals(List.of(new HouseholdMeasure(0.25, "cup, chopped", 35)), nut.measures());
        assertTrue(r.problems().stream().anyMatch(p -> p.id().equals("999001") && p.kept()
                && p.problem().contains("food_portion.csv:6")), r.problems().toString());
    }

    @Test
    void samplesAreSkippedAndFoodsWithoutValuesAreReported() {
        ImportResult r = FdcCsvImporter.read(fixture());
        assertEquals(List.of("170859", "173410", "999001"), r.foods().stream().map(Food::id).toList());
        assertTrue(r.problems().contains(new ImportProblem("999003", "no nutrient values in food_nutrient.csv",
                false)));
    }

    @Test
    void writesTheSameTablesAsTheSr24Import() throws IOException {
        FoodImports.Summary s = FoodImports.importFdc(fixture(), dir, "fdc", false);
        assertEquals(3, s.foods());
        assertEquals(4, s.measures());
        assertEquals(1, s.leftOut());
        List<String> lines = Files.readAllLines(dir.resolve("fdc.csv"));
        assertEquals(String.join(",", FoodTable.foodHeader()), lines.get(0));
        assertTrue(lines.get(2).startsWith("173410,\"Butter, salted\",\"Dairy and Egg Products\",717,81.11,0.85,0.06,"),
                lines.get(2));
        assertEquals("173410,1,tbsp,14.2", Files.readAllLines(dir.resolve("fdc-measures.csv")).get(3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "food.csv|description|food.csv:1: missing column 'description'",
            "nutrient.csv|unit_name|nutrient.csv:1: missing column 'unit_name'",
            "food_nutrient.csv|amount|food_nutrient.csv:1: missing column 'amount'",
            "food_portion.csv|gram_weight|food_portion.csv:1: missing column 'gram_weight'"})
    void aMissingColumnNamesTheFileAndHeaderLine(String file, String column, String message) throws IOException {
        Path copy = copyFixture();
        Path f = copy.resolve(file);
        List<String> lines = Files.readAllLines(f);
        lines.set(0, lines.get(0).replace("\"" + column + "\"", "\"something_else\""));
        Files.write(f, lines);
        BadInputException e = assertThrows(BadInputException.class, () -> FdcCsvImporter.read(copy));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aBadAmountNamesTheFileAndLine() throws IOException {
        Path copy = copyFixture();
        Path f = copy.resolve("food_nutrient.csv");
        Files.writeString(f, Files.readString(f).replace("\"81.11\"", "\"81,11\""));
        BadInputException e = assertThrows(BadInputException.class, () -> FdcCsvImporter.read(copy));
        assertEquals("food_nutrient.csv:3: amount: '81,11' is not a number", e.getMessage());
    }

    @Test
    void aNutrientInAnUnexpectedUnitIsRejected() throws IOException {
        Path copy = copyFixture();
        Path f = copy.resolve("nutrient.csv");
        Files.writeString(f, Files.readString(f).replace("\"Vitamin D (D2 + D3)\",\"UG\"", "\"Vitamin D\",\"IU\""));
        BadInputException e = assertThrows(BadInputException.class, () -> FdcCsvImporter.read(copy));
        assertEquals("nutrient.csv:15: nutrient 328 has unit 'IU'; expected UG", e.getMessage());
    }

    @Test
    void aMissingFolderOrFileIsNamed() throws IOException {
        Path missing = dir.resolve("nope");
        assertEquals(missing + ": no such folder; expected the unpacked FoodData Central CSV download",
                assertThrows(BadInputException.class, () -> FdcCsvImporter.read(missing)).getMessage());
        Path copy = copyFixture();
        Files.delete(copy.resolve("nutrient.csv"));
        assertEquals(copy.resolve("nutrient.csv") + ": no such file",
                assertThrows(BadInputException.class, () -> FdcCsvImporter.read(copy)).getMessage());
    }

    private Path copyFixture() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("fdc"));
        try (Stream<Path> files = Files.list(fixture())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        return copy;
    }
}
