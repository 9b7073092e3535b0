package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;

/** Checks the committed foods/usda-sr24.csv against values published in USDA SR24. */
class UsdaSr24DataTest {
    private static final Path FOODS = Path.of("foods", FoodDatabases.USDA_FOODS);
    private static final Path MEASURES = Path.of("foods", FoodDatabases.USDA_MEASURES);
    private static List<Food> foods;

    @BeforeAll
    static void read() throws IOException {
        try (Reader f = Files.newBufferedReader(FOODS); Reader m = Files.newBufferedReader(MEASURES)) {
            foods = FoodTable.read(FOODS.toString(), f, MEASURES.toString(), m, Sr24Importer.SOURCE);
        }
    }

    private static Food food(String id) {
        return foods.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static double amount(Food f, Nutrient n) {
        return f.per100().amount(n).orElseThrow();
    }

    @Test
    void holdsEveryFoodOfTheJarOnceInIdOrder() {
        assertEquals(8858, foods.size());
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (Food f : foods) {
            assertTrue(ids.add(f.id()), "duplicate " + f.id());
            assertTrue(f.id().compareTo(previous) > 0, f.id() + " after " + previous);
            previous = f.id();
        }
        assertEquals(951, foods.stream().filter(f -> f.note().startsWith("Not in SR24")).count());
    }

    @Test
    void butterSaltedMatchesSr24() {
        Food butter = food("01001");
        assertEquals("Butter, salted", butter.name());
        assertEquals(717, amount(butter, Nutrient.ENERGY));
        assertEquals(81.11, amount(butter, Nutrient.FAT));
        assertEquals(0.85, amount(butter, Nutrient.PROTEIN));
        assertEquals(0.06, amount(butter, Nutrient.CARBOHYDRATE));
        // net carbohydrate = 0.06 - 0 fibre = 0.06; ratio = 81.11 / (0.85 + 0.06) = 81.11 / 0.91 = 89.13
        assertEquals(89.13, butter.ratio(CarbConvention.NET), 0.005);
        // 1 tbsp = 14.2 g in SR24's household weights
        assertTrue(butter.measures().contains(new HouseholdMeasure(1, "tbsp", 14.2)));
    }

    @Test
    void heavyWhippingCreamMatchesSr24() {
        // SR24 (and cronometer's 01053.xml): 345 kcal, 37.0 g fat, 2.05 g protein, 2.79 g carbohydrate, 0 g fibre
        Food cream = food("01053");
        assertEquals("Cream, fluid, heavy whipping", cream.name());
        assertEquals(345, amount(cream, Nutrient.ENERGY));
        assertEquals(37.0, amount(cream, Nutrient.FAT));
        assertEquals(2.05, amount(cream, Nutrient.PROTEIN));
        assertEquals(2.79, amount(cream, Nutrient.CARBOHYDRATE));
        assertEquals(0.0, amount(cream, Nutrient.FIBRE));
        // vitamin A: 405 retinol + 72 / 12 beta-carotene + (0 + 0) / 24 = 411 ug RAE; vitamin D: 27 IU / 40 = 0.675 ug
        assertEquals(411, amount(cream, Nutrient.VITAMIN_A));
        assertEquals(0.675, amount(cream, Nutrient.VITAMIN_D));
        // ratio = 37 / (2.05 + 2.79) = 37 / 4.84 = 7.64
        assertEquals(7.64, cream.ratio(CarbConvention.NET), 0.005);
    }

    @Test
    void enrichedFlourFolateIsTotalFolateNotDfe() {
        // SR24 20081: folate, total 183 ug; folate DFE 288 ug. The table keeps total folate.
        assertEquals(183, amount(food("20081"), Nutrient.FOLATE));
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        FoodTable.writeFoods(foods, f);
        assertArrayEquals(Files.readAllBytes(FOODS), f.toByteArray());
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        FoodTable.writeMeasures(foods, m);
        assertEquals(Files.readString(MEASURES, StandardCharsets.UTF_8), m.toString(StandardCharsets.UTF_8));
    }
}
