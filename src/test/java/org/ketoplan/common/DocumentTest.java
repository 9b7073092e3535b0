package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTest {
    /** A small value type like the patient file's, to bind. */
    record Child(String name, double weightKg, Meal meal, List<Meal> meals) {
        Child {
            if (weightKg <= 0) {
                throw new FieldError("weight_kg", "missing or not above zero");
            }
        }
    }

    record Meal(String name, double kcal) {
    }

    private static String yamlError(String text) {
        return assertThrows(BadInputException.class, () -> Document.parse("c.yaml", text, Document.Format.YAML)
                .bind(Child.class)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate key        | name: a\\nweight_kg: 7.8\\nweight_kg: 78          | c.yaml:3: field 'weight_kg' is given twice (also on line 2); keep one
            nested duplicate     | weight_kg: 7\\nmeal:\\n  kcal: 5\\n  kcal: 6       | c.yaml:4: meal: field 'kcal' is given twice (also on line 3); keep one
            anchor               | weight_kg: 7\\nmeal: &m {name: a, kcal: 1}         | c.yaml:2: meal: YAML anchors (&m) are not accepted; write each value out in full
            scalar alias         | name: &n x\\nweight_kg: *n                        | c.yaml:2: weight_kg: YAML aliases (*n) are not accepted; write the value out in full
            alias use            | weight_kg: 7\\nmeals: [{name: a, kcal: 1}, *m]    | c.yaml:2: meals[1]: YAML aliases (*m) are not accepted; write the value out in full
            tag                  | weight_kg: !!float 7                              | c.yaml:1: weight_kg: YAML tags (tag:yaml.org,2002:float) are not accepted
            second document      | weight_kg: 7\\n---\\nweight_kg: 8                  | c.yaml:3: a second YAML document; keep one document per file
            not a number         | weight_kg: .nan                                    | c.yaml:1: weight_kg: '.nan' is not a finite number
            infinite             | weight_kg: .inf                                    | c.yaml:1: weight_kg: '.inf' is not a finite number
            control character    | name: "a\\e[31mb"\\nweight_kg: 7                   | c.yaml:1: name: the text holds the control character U+001B; remove it
            unknown field        | name: a\\nweigth_kg: 7.8                           | c.yaml:2: unknown field 'weigth_kg' (did you mean 'weight_kg'? expected one of meal, meals, name, weight_kg)
            unknown nested field | weight_kg: 7\\nmeals:\\n  - {name: a, kcl: 1}      | c.yaml:3: meals[0]: unknown field 'kcl' (did you mean 'kcal'? expected one of kcal, name)
            constructor's field  | name: a\\nweight_kg: -1                            | c.yaml:2: weight_kg: missing or not above zero
            missing field        | name: a                                            | c.yaml:1: weight_kg: missing
            wrong type           | weight_kg: 7\\nmeals: 3                            | c.yaml:2: meals: expected list
            """)
    void refusedWithTheLineAndTheField(String what, String text, String expected) {
        assertEquals(expected, yamlError(text.replace("\\n", "\n").replace("\\e", "\\e")), what);
    }

    @Test
    void aDuplicateKeyInJsonIsRefusedToo() {
        BadInputException e = assertThrows(BadInputException.class, () -> Document.parse("p.json",
                "{\n \"fat_g\": 1,\n \"fat_g\": 2\n}", Document.Format.JSON));
        assertEquals("p.json:3: field 'fat_g' is given twice (also on line 2); keep one", e.getMessage());
    }

    @Test
    void trailingJsonIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> Document.parse("p.json",
                "{}\n{}", Document.Format.JSON));
        assertEquals("p.json:2: more content after the end of the JSON document", e.getMessage());
    }

    @Test
    void yamlKeepsIdsAndWordsAsWritten() {
        Document d = Document.parse("f.yaml", "id: 01145\nname: No\nok: true\nn: 7\n", Document.Format.YAML);
        assertEquals("01145", d.root().get("id").asText());
        assertTrue(d.root().get("id").isTextual());
        assertEquals("No", d.root().get("name").asText());
        assertTrue(d.root().get("ok").isBoolean());
        assertEquals(7, d.root().get("n").asInt());
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() {
        byte[] latin1 = "name: ok\nnote: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        BadInputException e = assertThrows(BadInputException.class, () -> Document.parse("f.yaml", latin1,
                Document.Format.YAML));
        // "note: caf" is 9 bytes, so the byte 0xE9 is in column 10 of line 2
        assertEquals("f.yaml:2: not UTF-8 text (byte 0xE9 at column 10); save the file as UTF-8", e.getMessage());
    }

    @Test
    void tooDeepOrTooLongIsRefused() {
        String deep = "a: ".repeat(1) + "[".repeat(40) + "]".repeat(40);
        String m = assertThrows(BadInputException.class, () -> Document.parse("d.yaml", deep, Document.Format.YAML))
                .getMessage();
        assertTrue(m.startsWith("d.yaml:1: "), m);
        String longText = "name: " + "x".repeat(Limits.TEXT_CHARS + 1);
        assertEquals("l.yaml:1: name: text of 10001 characters; the most is 10000", assertThrows(
                BadInputException.class, () -> Document.parse("l.yaml", longText, Document.Format.YAML)).getMessage());
    }

    @Test
    void anEmptyFileSaysSo() {
        assertEquals("e.yaml: the file is empty", assertThrows(BadInputException.class,
                () -> Document.parse("e.yaml", "# only a comment\n", Document.Format.YAML)).getMessage());
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ingredients[2].grams | /ingredients/2/grams
            slots[0]             | /slots/0
            name                 | /name
            days[3].meals[0]     | /days/3/meals/0
            a/b                  | /a~1b
            """)
    void aFieldPathAndItsPointerAreInverse(String path, String pointer) {
        assertEquals(pointer, FieldPath.pointer(path));
        assertEquals(path, FieldPath.path(pointer));
    }

    @Test
    void aValueTypesFieldErrorIsPlacedAtItsFieldsLine() {
        Document d = Document.parse("r.yaml", "name: x\ningredients:\n  - {food: a}\n  - food: b\n    grams: -1\n",
                Document.Format.YAML);
        // the type names the field under the item ("grams") or a path from the root ("ingredients[1].grams")
        assertEquals("r.yaml:5: ingredients[1].grams: must not be negative",
                d.at("/ingredients/1", new FieldError("grams", "must not be negative")).getMessage());
        assertEquals("r.yaml:5: ingredients[1].grams: must not be negative",
                d.at("", new FieldError("ingredients[1].grams", "must not be negative")).getMessage());
    }
}
