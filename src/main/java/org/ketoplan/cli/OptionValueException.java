package org.ketoplan.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A value one of ketoplan's converters refused, reported as "--option: message" (picocli's own conversions read
 * "Invalid value for option '--option': message").
 */
final class OptionValueException extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    /** The message without the option, which the error handler puts in front. */
    OptionValueException(String message) {
        super(message);
    }
}
