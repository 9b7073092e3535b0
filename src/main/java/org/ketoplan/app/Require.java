package org.ketoplan.app;

import org.ketoplan.nutrition.Numbers;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.Limits;

import static org.ketoplan.common.BadInputException.ref;

/** The checks of a request's fields at the boundary, each failing with an {@link InvalidRequest} naming the field. */
final class Require {
    private Require() {
    }

    /** Fails with "FIELD must be above zero (V)" unless {@code value} is above zero. */
    static double positive(String field, double value) {
        if (!(value > 0)) {
            throw InvalidRequest.phrased(field, value, ref(field), " must be above zero (" + value + ")");
        }
        return value;
    }

    /** Fails with "FIELD must not be negative (V)" when {@code value} is below zero. */
    static double nonNegative(String field, double value) {
        if (value < 0) {
            throw InvalidRequest.phrased(field, value, ref(field), " must not be negative (" + value + ")");
        }
        return value;
    }

    /** Fails with "FIELD: V is more than MAX UNIT, the most ketoplan accepts" past the bound. */
    static double atMost(String field, double value, double max, String unit) {
        try {
            return Limits.atMost(field, value, max, unit);
        } catch (FieldError e) {
            throw InvalidRequest.of(field, value, e.problem());
        }
    }

    /** Fails with "FIELD: must be below 100 (percent)" for a percentage of 100 or more. */
    static double belowHundredPercent(String field, double value) {
        if (value >= 100) {
            throw InvalidRequest.of(field, value, "must be below 100 (percent)");
        }
        return value;
    }

    /** Fails with "FIELD: must be 1 or 0.1 (grams), not V" for any other scale step. */
    static double step(String field, double step) {
        if (step != 1 && step != 0.1) {
            throw InvalidRequest.of(field, step, "must be 1 or 0.1 (grams), not "
                    + Numbers.plain(step));
        }
        return step;
    }
}
