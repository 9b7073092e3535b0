package org.ketoplan.food;

import org.ketoplan.common.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV reader (Jackson CSV): quotes, doubled quotes, empty cells, line breaks in cells, lines. */
class CsvRowsTest {
    @Test
    void readsQuotesDoubledQuotesEmptyCellsAndLineBreaks() {
        CsvRows r = CsvRows.of("t.csv", new StringReader(
                "\uFEFFid,name,x\r\n01001,\"Butter, salted\",\n02,\"pat (1\"\" sq)\",\"two\nlines\"\n03,,7"));
        List<String> row = new ArrayList<>();
        assertTrue(r.next(row));
        assertEquals(List.of("id", "name", "x"), row);
        assertTrue(r.next(row));
        assertEquals(List.of("01001", "Butter, salted", ""), row);
        assertEquals(2, r.line());
        assertTrue(r.next(row));
        assertEquals(List.of("02", "pat (1\" sq)", "two\nlines"), row);
        assertTrue(r.next(row));
        assertEquals(List.of("03", "", "7"), row);
        assertEquals(5, r.line());
        assertFalse(r.next(row));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingFileAndLine() {
        CsvRows r = CsvRows.of("t.csv", new StringReader("a,b\nc,\"d\n"));
        assertTrue(r.next(new ArrayList<>()));
        BadInputException e = assertThrows(BadInputException.class, () -> r.next(new ArrayList<>()));
        // the quote opens on line 2; the parser finds it unclosed at the end of the text, line 3
        assertEquals("t.csv:3: malformed CSV (Missing closing quote for value)", e.getMessage());
    }

    @Test
    void plainNumbersAndOthersParseAlike() {
        assertEquals(81.11, FoodTable.number("81.11", "fat_g"));
        assertEquals(717, FoodTable.number("717", "kcal"));
        assertEquals(5, FoodTable.number("+5", "x")); // not plain: through Numbers.parse
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FoodTable.number("81,11", "fat_g"));
        assertTrue(e.getMessage().contains("decimal comma"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FoodTable.number("1.2.3", "fat_g"));
    }
}
