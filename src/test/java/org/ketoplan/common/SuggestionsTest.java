package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static final List<String> MEALS = List.of("morning feed", "breakfast", "lunch", "tea", "bedtime feed");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            brekfast      | breakfast
            BREAKFSAT     | breakfast
            lunhc         | lunch
            tee           | tea
            morning feeds | morning feed
            dinner        | -
            breakfast!!!  | -
            """)
    void theClosestWithinTwoEdits(String typed, String expected) {
        // brekfast: one insertion; BREAKFSAT: case ignored, one swap (f,s); lunhc: one swap; tee: one substitution;
        // dinner is 5+ edits from every meal; breakfast!!! is three insertions, too far
        assertEquals(Optional.ofNullable(expected), Suggestions.closest(typed, MEALS));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kcal     | kcal      | 0
            kcl      | kcal      | 1
            weigth   | weight    | 1
            carbz    | carbs     | 1
            abc      | xyz       | 3
                     | tea       | 3
            """)
    void theEditDistance(String a, String b, int edits) {
        // weigth/weight: the adjacent swap of t and h counts as one edit
        assertEquals(edits, Suggestions.distance(a == null ? "" : a, b));
    }
}
