package org.ketoplan.cli;

import org.ketoplan.nutrition.CarbConvention;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts "net" or "total" to a {@link CarbConvention}. */
public final class CarbsConverter implements ITypeConverter<CarbConvention> {
    @Override
    public CarbConvention convert(String value) {
        try {
            return CarbConvention.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
