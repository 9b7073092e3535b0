package org.ketoplan.cli;

import org.ketoplan.nutrition.Ratio;
import picocli.CommandLine.ITypeConverter;

/** Converts a ratio written "4" or "4:1" (0.5 to 6) to a number; a bad one is reported as "--ratio: ...". */
public final class RatioConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        try {
            return Ratio.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionValueException(e.getMessage());
        }
    }
}
