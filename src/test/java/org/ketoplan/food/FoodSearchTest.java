package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.junit.jupiter.api.Test;

class FoodSearchTest {
    private static Food food(String id, String name) {
        return new Food(id, name, "test", Basis.GRAM, Nutrients.builder().set(Nutrient.FAT, 10).build(), List.of(),
                "test", "");
    }

    private final FoodDatabase db = FoodDatabases.of(List.of(
            food("01053", "Cream, fluid, heavy whipping"),
            food("01052", "Cream, fluid, light whipping"),
            food("01056", "Cream, sour, cultured"),
            food("01001", "Butter, salted"),
            food("01145", "Butter, without salt"),
            food("04042", "Oil, peanut, salad or cooking"),
            food("19099", "Candies, creamy toffee heavy"),
            food("01123", "Egg, whole, raw, fresh"),
            food("09999", "Ice creams, vanilla")), "test");

    private List<String> ids(String query) {
        return db.search(query, 10).stream().map(h -> h.food().id()).collect(Collectors.toList());
    }

    @Test
    void allWordsMatchedRankFirst() {
        // "heavy cream": 01053 and 19099 (creamy = prefix) match both words; 01053 has both as whole words
        List<String> ids = ids("heavy cream");
        assertEquals("01053", ids.get(0));
        assertEquals("19099", ids.get(1));
    }

    @Test
    void wholeWordsAndPrefixesBeforeSubstringsAndShorterNamesFirst() {
        // "cream": whole word in 01053, 01052, 01056 (shortest "Cream, sour, cultured" first),
        // then the prefix "creamy" and "creams" (19099, 09999), which outrank nothing else
        List<String> ids = ids("cream");
        assertEquals(List.of("01056", "01052", "01053"), ids.subList(0, 3));
        assertTrue(ids.indexOf("09999") > 2 && ids.indexOf("19099") > 2, ids.toString());
    }

    @Test
    void substringMatchesComeLast() {
        // "eam" is only a substring, of "cream" (3 foods), "creamy" and "creams": 5 foods, none of the others
        assertEquals(5, ids("eam").size());
    }

    @Test
    void pluralFindsTheSingular() {
        assertEquals(List.of("01123"), ids("eggs"));
    }

    @Test
    void exactIdRanksFirst() {
        assertEquals("01001", ids("01001").get(0));
    }

    @Test
    void resolvesIdExactNameAndUnambiguousWords() {
        assertSame(db.byId("01001").orElseThrow(), db.resolve("01001"));
        assertEquals("01145", db.resolve("butter, WITHOUT salt").id());
        assertEquals("04042", db.resolve("peanut oil").id());
    }

    @Test
    void ambiguousNameListsTheCandidates() {
        UnknownFoodException e = assertThrows(UnknownFoodException.class, () -> db.resolve("butter"));
        assertEquals("'butter' matches 2 foods, e.g. 01001 (Butter, salted), 01145 (Butter, without salt); "
                + "give the id", e.getMessage());
    }

    @Test
    void unknownNameSuggestsTheClosestForATypo() {
        UnknownFoodException e = assertThrows(UnknownFoodException.class, () -> db.resolve("buter"));
        assertTrue(e.getMessage().startsWith("unknown food 'buter'; closest: 01001 (Butter, salted)"), e.getMessage());
    }
}
