package org.ketoplan.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Tests that go through the shipped food database need its USDA table, which the importers put in foods/. */
final class ShippedData {
    private ShippedData() {
    }

    /** Skips the calling test (visibly) when the shipped USDA table is not on the class path yet. */
    static void assumePresent() {
        assumeTrue(ShippedData.class.getResource("/foods/usda-sr24.csv") != null,
                "foods/usda-sr24.csv is not in this build yet (the importers commit it)");
    }
}
