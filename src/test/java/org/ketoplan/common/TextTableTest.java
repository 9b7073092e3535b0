package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Plain-text tables: columns as wide as their widest cell, '>' headers right-aligned, rules, no trailing spaces. */
class TextTableTest {
    @Test
    void columnsAreAsWideAsTheirWidestCellAndNumbersAlignRight() {
        // widths 12 (Cream, heavy), 2, 5 (403.5) and 7 (whipped) with two spaces between: 12 + 2 + 5 + 7 + 3 x 2
        // = 32 characters of rule
        TextTable t = new TextTable("food", ">g", ">kcal", "note");
        t.row("Butter", "55", TextTable.fixed(403.48, 1), "");
        t.row("Cream, heavy", "12", TextTable.fixed(42.3, 1), "whipped");
        t.rule();
        t.row("total", "67", TextTable.fixed(445.78, 1), "");
        assertEquals("""
                food           g   kcal  note
                --------------------------------
                Butter        55  403.5
                Cream, heavy  12   42.3  whipped
                --------------------------------
                total         67  445.8
                """, t.render());
    }

    @Test
    void fixedRoundsHalfUpToTheGivenPlacesAndWritesInfinity() {
        assertEquals("2.5", TextTable.fixed(2.456, 1));
        assertEquals("3", TextTable.fixed(2.5, 0));
        assertEquals("0.10", TextTable.fixed(0.1, 2));
        assertEquals("inf", TextTable.fixed(Double.POSITIVE_INFINITY, 1));
    }
}
