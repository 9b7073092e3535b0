package org.ketoplan.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineReaderTest {
    @Test
    void readsQuotesDoubledQuotesEmptyCellsAndLineBreaks() throws IOException {
        CsvLineReader r = new CsvLineReader(new StringReader(
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
    void anUnclosedQuoteIsAnError() throws IOException {
        CsvLineReader r = new CsvLineReader(new StringReader("a,\"b\n"));
        IOException e = assertThrows(IOException.class, () -> r.next(new ArrayList<>()));
        assertEquals("a quoted cell opened on line 1 is never closed", e.getMessage());
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
