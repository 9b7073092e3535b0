package org.ketoplan.prescription;

import java.util.Locale;

/** Where the default daily energy comes from when no kcal is given: the KD age table or the IOM EER equations. */
public enum EnergyBasis {
    /** kcal/kg/d by age from the Compass Group table ({@link EnergyDefaults#ketoKcalPerKg}); the default. */
    TABLE,
    /** The IOM estimated energy requirement equations, 0-35 months ({@link EnergyDefaults#eer}). */
    EER;

    /** "table" or "eer" (any case). */
    public static EnergyBasis parse(String text) {
        for (EnergyBasis b : values()) {
            if (b.word().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("energy must be 'table' or 'eer', not '" + text + "'");
    }

    /** The lower-case word used in files and options. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
