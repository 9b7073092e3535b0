package org.ketoplan.safety;

import org.ketoplan.common.BadInputException;

/** A weight beyond the hard limits for the age ({@link WeightForAge}): bad input unless accepted explicitly. */
public final class ImplausibleWeightException extends BadInputException {
    private static final long serialVersionUID = 1L;

    /** The exception with its one-line message. */
    public ImplausibleWeightException(String message) {
        super(message);
    }
}
