package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed allergen table: complete, as the rules derive it, and right for the foods that matter most. */
class AllergenTableTest {
    static Map<String, AllergenTable.Row> table;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(AllergenTableTest.class.getResource("/foods/" + FoodDatabases.USDA_FOODS) != null,
                "the shipped tables are not in this build");
        try (InputStream in = AllergenTableTest.class.getResourceAsStream("/foods/" + AllergenTable.FILE)) {
            table = AllergenTable.read("allergens.csv", new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyShippedFoodHasARowAndTheDatabaseCarriesIt() {
        Set<String> ids = new TreeSet<>();
        for (Food f : FoodDatabases.shipped().all()) {
            ids.add(f.id());
            AllergenTable.Row row = table.get(f.id());
            assertTrue(row != null, f.id() + " " + f.name() + " has no row in foods/allergens.csv");
            assertEquals(row.allergens(), f.allergens(), f.id()); // the snapshot carries the table's groups
        }
        assertEquals(ids, new TreeSet<>(table.keySet()), "rows for foods that are not shipped");
    }

    @Test
    void theCommittedTableIsWhatTheRulesDerive() throws Exception {
        // regenerate in memory: a difference means the rules or the data changed without 'ketoplan food allergens'
        AllergenRules rules;
        try (InputStream in = getClass().getResourceAsStream("/foods/allergen-rules.yaml")) {
            rules = AllergenRules.read("allergen-rules.yaml", in);
        }
        Map<String, String> labels = new HashMap<>();
        List<AllergenTable.Row> derived = rules.table(FoodDatabases.shippedSourceFoods(labels), table, labels);
        for (AllergenTable.Row d : derived) {
            AllergenTable.Row committed = table.get(d.id());
            assertEquals(d.allergens(), committed.allergens(), d.id() + " " + d.name());
            assertEquals(d.how(), committed.how(), d.id());
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            01001 | butter, salted              | milk                | yes
            01003 | butter oil (ghee)           | milk                | yes
            01115 | whey, sweet, dried          | milk                | yes
            04025 | mayonnaise, soybean oil     | egg                 | no
            12166 | tahini                      | sesame              | yes
            12118 | coconut milk, canned        |                     | yes
            04047 | coconut oil                 |                     | yes
            12195 | almond butter               | tree nuts           | yes
            16123 | soy sauce (shoyu)           | soy; wheat; gluten  | no
            ketocal-4to1-powder | KetoCal 4:1   | milk                | no
            ross-carbohydrate-free | RCF        | soy                 | yes
            breast-milk-expressed | breast milk |                     | yes
            18069 | bread, white                | wheat; gluten       | no
            15065 | pollock, Atlantic, raw      | fish                | yes
            15149 | shrimp, raw                 | crustaceans         | yes
            15164 | mussel, blue, raw           | molluscs            | yes
            02046 | mustard, prepared, yellow   | mustard             | yes
            11143 | celery, raw                 | celery              | yes
            04053 | olive oil                   |                     | yes
            liquigen | Liquigen (label not read) |                    | no
            """)
    void spotChecks(String id, String what, String groups, String complete) {
        AllergenTable.Row row = table.get(id);
        assertEquals(groups == null ? List.of() : List.of(groups.split("; ")), row.allergens().words(), what);
        assertEquals(complete.equals("yes"), row.allergens().complete(), what + ": " + row.how());
    }

    @Test
    void coconutIsNoTreeNutAndTheRowSaysWhy() {
        // EU 1169/2011 Annex II does not list coconut; the FDA removed it from its tree nuts in January 2025
        assertTrue(table.get("12118").how().contains("rule not-tree-nuts"), table.get("12118").how());
        assertTrue(table.get("12118").how().contains("Annex II"), table.get("12118").how());
    }
}
