package org.ketoplan.cli;

import java.util.List;
import org.ketoplan.prescription.Ramp;
import picocli.CommandLine.ITypeConverter;

/** Converts initiation steps written "1,2,3" or "1:1,2:1,3:1" to their ratios; a bad one reads "--ramp: ...". */
public final class RampConverter implements ITypeConverter<RampConverter.Steps> {
    /** The ratios of an initiation ramp, in order. */
    record Steps(List<Double> ratios) {
        Steps {
            ratios = List.copyOf(ratios);
        }
    }

    @Override
    public Steps convert(String value) {
        try {
            return new Steps(Ramp.parseSteps(value));
        } catch (IllegalArgumentException e) {
            throw new OptionValueException(e.getMessage());
        }
    }
}
