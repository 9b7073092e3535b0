package org.ketoplan.prescription;

import org.ketoplan.nutrition.Checks;

/**
 * The day's maintenance fluid by Holliday-Segar: 100 ml/kg for the first 10 kg, 50 ml/kg for the next 10 kg,
 * 20 ml/kg above 20 kg ({@code shared/reference/clinical.md}, "Other conventions seen in practice"). Infants on the
 * diet are not fluid-restricted; this is a target to reach, not a limit.
 */
public final class Fluid {
    /** The source shown with the fluid target. */
    public static final String SOURCE = "Holliday-Segar maintenance fluid: 100 ml/kg for the first 10 kg, "
            + "50 ml/kg for the next 10, 20 ml/kg above; " + Citation.HOLLIDAY_SEGAR_1957.cite();

    private Fluid() {
    }

    /** Maintenance fluid in ml per day for {@code weightKg}. */
    public static double hollidaySegarMl(double weightKg) {
        Checks.positive("weight_kg", weightKg);
        double first = Math.min(weightKg, 10);
        double second = Math.min(Math.max(weightKg - 10, 0), 10);
        double rest = Math.max(weightKg - 20, 0);
        return 100 * first + 50 * second + 20 * rest;
    }
}
