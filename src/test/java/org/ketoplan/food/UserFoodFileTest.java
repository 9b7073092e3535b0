package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserFoodFileTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            foods:
              - id: clinic-almond-bread
                name: Almond bread (clinic recipe)
                per_100g: {kcal: 520, fat_g: 45.0, protein_g: 18.0, carbohydrate_g: 6.0, fibre_g: 4.0}
                source: clinic kitchen, 2026
              - id: clinic-mct-drink
                name: MCT drink
                per_100ml: {fat_g: 20, protein_g: 0, carbohydrate_g: 1}
                measures: [{name: cup, grams: 240}]
                source: label
            """;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("mine.yaml");
        Files.writeString(p, text);
        return p;
    }

    private List<UserFoodFile.Located> read(Path p) throws IOException {
        return UserFoodFile.read(p.toString(), Files.newInputStream(p), "User foods");
    }

    @Test
    void readsFoodsWithTheirLines() throws IOException {
        List<UserFoodFile.Located> foods = read(write(GOOD));
        assertEquals(2, foods.size());
        Food bread = foods.get(0).food();
        assertEquals(2, foods.get(0).line());
        assertEquals(520, bread.per100().kcal());
        // ratio on net carbohydrate: 45 / (18 + 6 - 4) = 45 / 20 = 2.25
        assertEquals(2.25, bread.ratio(CarbConvention.NET), 1e-12);
        Food drink = foods.get(1).food();
        assertEquals(Basis.MILLILITRE, drink.basis());
        assertEquals(6, foods.get(1).line());
        // no kcal given: 9/4/4 = 20*9 + 0 + 1*4 = 184
        assertEquals(184, drink.per100().amount(Nutrient.ENERGY).orElseThrow(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative value | '    per_100g: {fat_g: -1, protein_g: 2, carbohydrate_g: 3}' | mine.yaml:5: foods[0].per_100g.fat_g: must not be negative (-1)
            over 100 g     | '    per_100g: {fat_g: 60, protein_g: 30, carbohydrate_g: 20}' | mine.yaml:5: foods[0].per_100g: fat + protein + carbohydrate = 110 g, over 100 g per 100 g
            missing field  | '    per_100g: {fat_g: 6, protein_g: 3}' | mine.yaml:5: foods[0].per_100g: missing field 'carbohydrate_g'
            unknown key    | '    per_100g: {fatg: 6, protein_g: 3, carbohydrate_g: 1}' | mine.yaml:5: foods[0].per_100g.fatg: unknown nutrient
            not a number   | '    per_100g: {fat_g: lots, protein_g: 3, carbohydrate_g: 1}' | mine.yaml:5: foods[0].per_100g.fat_g: 'lots' is not a number
            decimal comma  | '    per_100g: {fat_g: "12,5", protein_g: 3, carbohydrate_g: 1}' | mine.yaml:5: foods[0].per_100g.fat_g: '12,5' uses a decimal comma; write 12.5 with a decimal point
            unknown field  | '    per_100gram: {fat_g: 1}' | mine.yaml:5: foods[0]: unknown field 'per_100gram'
            """)
    void badEntriesNameFileLineAndField(String what, String per100, String expected) throws IOException {
        Path p = write("foods:\n  - id: x\n    name: X\n    source: s\n" + per100 + "\n");
        BadInputException e = assertThrows(BadInputException.class, () -> read(p));
        String shown = e.getMessage().replace(dir.toString() + "/", "");
        assertTrue(shown.startsWith(expected), shown);
    }

    @Test
    void missingNameIsNamed() throws IOException {
        Path p = write("foods:\n  - id: x\n    per_100g: {fat_g: 1, protein_g: 1, carbohydrate_g: 1}\n    source: s\n");
        BadInputException e = assertThrows(BadInputException.class, () -> read(p));
        assertEquals(p + ":2: foods[0]: missing field 'name'", e.getMessage());
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path p = write("foods:\n  - id: x\n    name: \"unclosed\n    source: s\n");
        BadInputException e = assertThrows(BadInputException.class, () -> read(p));
        assertEquals(p + ":3: YAML syntax: while scanning a quoted scalar, found unexpected end of stream",
                e.getMessage());
    }

    @Test
    void duplicateIdNamesBothPlaces() throws IOException {
        Path a = write(GOOD);
        Path b = dir.resolve("other.yaml");
        Files.writeString(b, GOOD);
        BadInputException e = assertThrows(BadInputException.class,
                () -> FoodDatabases.withUserFiles(List.of(a, b)));
        assertEquals(b + ":2: food id 'clinic-almond-bread' is already taken by " + a + ":2; choose another id",
                e.getMessage());
    }

    @Test
    void idOfAShippedFoodIsRefused() throws IOException {
        Path p = write("foods:\n  - id: '01001'\n    name: My butter\n    per_100g: {fat_g: 80, protein_g: 1, "
                + "carbohydrate_g: 0}\n    source: me\n");
        BadInputException e = assertThrows(BadInputException.class, () -> FoodDatabases.withUserFiles(List.of(p)));
        assertEquals(p + ":2: food id '01001' is already taken by the USDA table; choose another id", e.getMessage());
    }
}
