package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

class Sr24ImporterTest {
    @TempDir
    Path dir;

    private Food food(ImportResult r, String id) {
        return r.foods().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static double amount(Food f, Nutrient n) {
        return f.per100().amount(n).orElseThrow();
    }

    @Test
    void readsEveryFoodSortedById() throws IOException {
        ImportResult r = Sr24Importer.read(Sr24Jars.standard(dir));
        assertEquals(List.of("01001", "01008", "03266"), r.foods().stream().map(Food::id).toList());
    }

    @Test
    void butterKeepsThePublishedValuesAndConvertsVitaminsToMicrograms() throws IOException {
        Food butter = food(Sr24Importer.read(Sr24Jars.standard(dir)), "01001");
        assertEquals("Butter, salted", butter.name());
        assertEquals("Dairy and Egg Products", butter.group());
        assertEquals(717, amount(butter, Nutrient.ENERGY));
        assertEquals(81.11, amount(butter, Nutrient.FAT));
        assertEquals(0.85, amount(butter, Nutrient.PROTEIN));
        assertEquals(0.06, amount(butter, Nutrient.CARBOHYDRATE));
        assertEquals(0.0, amount(butter, Nutrient.FIBRE));
        assertEquals(1.0, amount(butter, Nutrient.SELENIUM));
        assertEquals(0.17, amount(butter, Nutrient.VITAMIN_B12));
        assertEquals(0.005, amount(butter, Nutrient.THIAMIN));
        // vitamin D: 60 IU / 40 IU per ug = 1.5 ug (SR24 lists 1.5 ug)
        assertEquals(1.5, amount(butter, Nutrient.VITAMIN_D));
        // vitamin A: 671 retinol + 158 / 12 beta-carotene + (0 + 0) / 24 = 671 + 13.1667 = 684.167 ug RAE (SR24: 684)
        assertEquals(684.167, amount(butter, Nutrient.VITAMIN_A), 1e-9);
        assertEquals(List.of(new HouseholdMeasure(1, "tbsp", 14.2), new HouseholdMeasure(1, "pat (1\" sq, 1/3\" high)",
                5.0)), butter.measures());
        assertEquals("", butter.note());
        assertEquals(Sr24Importer.SOURCE, butter.source());
    }

    @Test
    void absentNutrientsStayUnknownAndIuVitaminsAreConverted() throws IOException {
        ImportResult r = Sr24Importer.read(Sr24Jars.standard(dir));
        Food cheese = food(r, "01008");
        Nutrients n = cheese.per100();
        assertFalse(n.has(Nutrient.FIBRE), "no Fiber element: unknown, not zero");
        assertFalse(n.has(Nutrient.SUGARS));
        assertFalse(n.has(Nutrient.CALCIUM));
        // vitamin D: 100 IU / 40 = 2.5 ug
        assertEquals(2.5, amount(cheese, Nutrient.VITAMIN_D));
        // vitamin A: carotenoids absent, but 300 ug retinol / 0.3 ug per IU = 1000 IU = the stated 1000 IU,
        // so the carotenoids contribute nothing: RAE = 300 ug
        assertEquals(300, amount(cheese, Nutrient.VITAMIN_A));
        // the 0 g measure is left out, and reported; the food is kept
        assertEquals(List.of(new HouseholdMeasure(1, "cup, diced", 132)), cheese.measures());
        assertTrue(r.problems().stream().anyMatch(p -> p.id().equals("01008") && p.kept()
                && p.problem().contains("nothing")));
    }

    @Test
    void vitaminAIsUnknownWhenTheIuValueShowsMissingCarotenoids() throws IOException {
        Food old = food(Sr24Importer.read(Sr24Jars.standard(dir)), "03266");
        // 262 ug retinol / 0.3 = 873 IU, but 1054 IU are stated: 181 IU come from carotenoids not given
        assertFalse(old.per100().has(Nutrient.VITAMIN_A));
    }

    @Test
    void foodsOnlyInDeprecatedIndexAreKeptWithANote() throws IOException {
        Food old = food(Sr24Importer.read(Sr24Jars.standard(dir)), "03266");
        assertTrue(old.note().startsWith("Not in SR24"), old.note());
        assertEquals("Baby Foods", old.group());
    }

    @Test
    void vitaminARaeFollowsTheIomFormula() {
        // carrots, raw (11124): 0 retinol + 8285 / 12 beta + (3477 alpha + 0 crypto) / 24
        //   = 690.417 + 144.875 = 835.292 ug RAE (SR24: 835)
        assertEquals(835.292, Sr24Importer.vitaminARae(16706.0, 0.0, 8285.0, 3477.0, 0.0), 1e-9);
        // components all present: IU is not consulted
        assertEquals(10.0, Sr24Importer.vitaminARae(null, 10.0, 0.0, 0.0, 0.0));
        // nothing at all, or IU only and not zero: unknown
        assertNull(Sr24Importer.vitaminARae(null, null, null, null, null));
        assertNull(Sr24Importer.vitaminARae(788.0, null, null, null, null));
        // 0 IU and no components: no vitamin A activity
        assertEquals(0.0, Sr24Importer.vitaminARae(0.0, null, null, null, null));
    }

    @Test
    void malformedXmlNamesTheEntry() throws IOException {
        Path jar = Sr24Jars.write(dir, Map.of("01001", Sr24Jars.BUTTER, "01002",
                "<food uid=\"01002\" name=\"Broken\"><nutrient amount=\"1\" name=\"Fat\"></food>"));
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(jar));
        assertTrue(e.getMessage().startsWith("usda_sr24.jar!usda_sr24/01002.xml:1: malformed XML"), e.getMessage());
    }

    @Test
    void aNonNumericAmountNamesTheEntryAndNutrient() throws IOException {
        Path jar = Sr24Jars.write(dir, Map.of("01002",
                "<food uid=\"01002\" name=\"X\">\n<nutrient amount=\"1,5\" name=\"Fat\"/></food>"));
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(jar));
        assertEquals("usda_sr24.jar!usda_sr24/01002.xml:2: nutrient Fat: '1,5' is not a number", e.getMessage());
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Path jar = Sr24Jars.write(dir, Map.of("01002", "<?xml version=\"1.0\"?><!DOCTYPE food [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><food uid=\"01002\" name=\"&x;\"/>"));
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(jar));
        assertTrue(e.getMessage().contains("01002.xml"), e.getMessage());
        assertFalse(e.getMessage().contains("secret\""), e.getMessage());
    }

    @Test
    void aFileThatIsNotAJarIsRejected() throws IOException {
        Path text = Files.writeString(dir.resolve("usda_sr24.jar"), "not a zip");
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(text));
        assertTrue(e.getMessage().startsWith(text + ": not a jar (zip) file"), e.getMessage());
    }

    @Test
    void aJarWithoutFoodsIsRejected() throws IOException {
        Path jar = Sr24Jars.write(dir, Map.of());
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(jar));
        assertTrue(e.getMessage().contains("holds no usda_sr24/NNNNN.xml foods"), e.getMessage());
    }

    @Test
    void aMissingJarIsRejected() {
        Path missing = dir.resolve("nope.jar");
        BadInputException e = assertThrows(BadInputException.class, () -> Sr24Importer.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void groupsComeFromTheIdPrefixOrTheFoodDesTable() {
        assertEquals("Beef Products", SrFoodGroups.of("13001"));
        assertEquals("Beef Products", SrFoodGroups.of("23000"));
        assertEquals("Soups, Sauces, and Gravies", SrFoodGroups.of("27000"));
        assertEquals("Sweets", SrFoodGroups.of("42040"));
        assertEquals("Finfish and Shellfish Products", SrFoodGroups.of("93600"));
        assertEquals(SrFoodGroups.UNCLASSIFIED, SrFoodGroups.of("31001"));
    }
}
