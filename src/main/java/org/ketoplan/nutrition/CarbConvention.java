package org.ketoplan.nutrition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How carbohydrate is counted in the ratio and in energy: net (total minus fibre, never below zero) or total.
 *
 * <p>Source: {@code shared/reference/clinical.md}, "Other conventions seen in practice": some tools compute the
 * ratio on net carbohydrate, others on total; KetoCal 4:1 is 4:1 only on net carbohydrate.
 */
public enum CarbConvention {
    /** Total carbohydrate minus dietary fibre, never below zero. The ketoplan default. */
    NET,
    /** Total carbohydrate (by difference, as USDA reports it), fibre included. */
    TOTAL;

    /** The lower-case word used in files and output ("net", "total"). */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "net" or "total" (any case); anything else is rejected with a message naming the value. */
    @JsonCreator
    public static CarbConvention parse(String text) {
        if (text != null) {
            for (CarbConvention c : values()) {
                if (c.word().equalsIgnoreCase(text.trim())) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("carbohydrate convention must be 'net' or 'total', not '" + text + "'");
    }

    @Override
    public String toString() {
        return word();
    }
}
