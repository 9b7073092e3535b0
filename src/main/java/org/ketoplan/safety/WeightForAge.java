package org.ketoplan.safety;

import org.ketoplan.nutrition.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ketoplan.common.BadInputException;

/**
 * Is a weight plausible for the age? Against the WHO weight-for-age standard ({@link SafetyRules#weights()}):
 * below the 0.1st or above the 99.9th percentile is a warning printed with every output; below half the 0.1st or
 * above twice the 99.9th percentile (the hard limits) is refused, as a typing error (grams as kilograms, a stray
 * digit), unless the weight is accepted explicitly. As the patient file gives no sex, the limits span boys and
 * girls: the lower of their 0.1st percentiles and the higher of their 99.9th. Between the ages of the table the
 * limits are read on a straight line; from 36 months, where the table ketoplan carries ends, no check is made.
 *
 * <p>Example: 9 months, limits 5.70 (girls' 0.1st) to 12.39 kg (boys' 99.9th); hard limits 2.85 to 24.78 kg, so
 * 80 kg is refused.
 */
public final class WeightForAge {
    private WeightForAge() {
    }

    /**
     * The limits at an age.
     *
     * @param low the 0.1st percentile, kg
     * @param high the 99.9th percentile, kg
     */
    public record Limits(double low, double high) {
        /** Half the 0.1st percentile: lighter is refused. */
        public double hardLow() {
            return low / 2;
        }

        /** Twice the 99.9th percentile: heavier is refused. */
        public double hardHigh() {
            return high * 2;
        }
    }

    /** The limits at {@code ageMonths}, or empty from 36 months on (or past the table). */
    public static Optional<Limits> limits(SafetyRules rules, int ageMonths) {
        List<SafetyRules.WeightRow> rows = rules.weights();
        for (int i = 0; i + 1 < rows.size(); i++) {
            SafetyRules.WeightRow a = rows.get(i);
            SafetyRules.WeightRow b = rows.get(i + 1);
            if (ageMonths >= a.months() && ageMonths < b.months()) {
                double t = (ageMonths - a.months()) / (double) (b.months() - a.months());
                return Optional.of(new Limits(
                        line(Math.min(a.boysLow(), a.girlsLow()), Math.min(b.boysLow(), b.girlsLow()), t),
                        line(Math.max(a.boysHigh(), a.girlsHigh()), Math.max(b.boysHigh(), b.girlsHigh()), t)));
            }
        }
        return Optional.empty();
    }

    private static double line(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /**
     * The warning for {@code weightKg} at {@code ageMonths}, if any.
     *
     * @param accepted true when the dietitian accepted the weight (then beyond the hard limits is a warning too)
     * @throws BadInputException "weight_kg: ..." beyond the hard limits, unless accepted
     */
    public static Optional<String> check(SafetyRules rules, int ageMonths, double weightKg, boolean accepted) {
        Optional<Limits> l = limits(rules, ageMonths);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        Limits lim = l.get();
        String range = String.format(Locale.ROOT, "the WHO weight-for-age 0.1st to 99.9th percentile at %d months "
                + "is %.2f to %.2f kg (%s)", ageMonths, lim.low(), lim.high(), rules.weightSource().text());
        if (!accepted && (weightKg < lim.hardLow() || weightKg > lim.hardHigh())) {
            throw new ImplausibleWeightException(String.format(Locale.ROOT, "weight_kg: %s kg is not plausible at %d months: "
                    + "%s, and ketoplan refuses below half or above twice that range (%.2f to %.2f kg); check the "
                    + "weight (grams typed as kilograms?) or accept it explicitly", Numbers.plain(weightKg), ageMonths,
                    range, lim.hardLow(), lim.hardHigh()));
        }
        if (weightKg < lim.low() || weightKg > lim.high()) {
            return Optional.of("weight " + Numbers.plain(weightKg) + " kg is " + (weightKg < lim.low() ? "below" : "above")
                    + " " + range + (accepted && (weightKg < lim.hardLow() || weightKg > lim.hardHigh())
                    ? "; beyond the hard limit, accepted explicitly" : "") + "; check the weight");
        }
        return Optional.empty();
    }
}
