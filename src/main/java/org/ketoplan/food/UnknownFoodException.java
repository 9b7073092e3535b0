package org.ketoplan.food;

import java.util.List;
import org.ketoplan.common.BadInputException;

/** No food, or more than one, answers to what was typed; the message lists the closest matches. */
public class UnknownFoodException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Food> candidates;

    /** An unknown or ambiguous food with its closest matches. */
    public UnknownFoodException(String message, List<Food> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The closest matches, best first. */
    public List<Food> candidates() {
        return candidates;
    }
}
