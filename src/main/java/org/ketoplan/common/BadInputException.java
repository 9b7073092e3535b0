package org.ketoplan.common;

/**
 * Input that parses but makes no sense, or does not parse: an unknown food, a negative weight, a broken file.
 * The CLI prints {@link #getMessage()} as one line and exits with code 2.
 *
 * <p>The message names the place first ("patient.yaml:7: weight_kg ..." or "--fat: ...").
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error whose message already names its place. */
    public BadInputException(String message) {
        super(message);
    }

    /** An error whose message already names its place, caused by {@code cause}. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at {@code place} (a file:line, an option or a field): "place: message". */
    public static BadInputException at(String place, String message) {
        return new BadInputException(place + ": " + message);
    }
}
