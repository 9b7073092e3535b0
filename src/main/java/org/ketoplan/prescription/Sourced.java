package org.ketoplan.prescription;

import java.util.Objects;

/**
 * A number together with where it came from: a table and its row, a published value, or "given".
 *
 * @param value the number
 * @param source the table or reference it comes from, in words a dietitian can look up
 */
public record Sourced(double value, String source) {
    /** Rejects a non-finite value and a missing source. */
    public Sourced {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be a number, not " + value);
        }
        Objects.requireNonNull(source, "source");
    }
}
