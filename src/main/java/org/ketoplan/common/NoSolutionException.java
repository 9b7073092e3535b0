package org.ketoplan.common;

/**
 * The input is valid but no answer exists: no gram weights meet the meal's bands, no recipe fits a meal.
 * The message names the constraint that cannot be met and what would fix it. The CLI exits with code 3.
 */
public class NoSolutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A message naming the blocking constraint and a fix. */
    public NoSolutionException(String message) {
        super(message);
    }
}
