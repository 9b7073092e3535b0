package org.ketoplan.prescription;

import org.ketoplan.nutrition.Numbers;
import java.util.Locale;
import org.ketoplan.nutrition.Ratio;

/**
 * The upper bounds of a prescription: a value past one is refused, naming the bound, as a typing error (an extra
 * zero, grams typed as kilograms) rather than a prescription. Each is far above any child's need, so no real
 * prescription meets it.
 *
 * <ul>
 *   <li>{@link #KCAL}: 5,000 kcal a day, above the energy requirement of any child or adolescent (the IOM's
 *       highest estimated energy requirements for active 18-year-old boys are under 4,000 kcal/d).</li>
 *   <li>{@link #KCAL_PER_KG}: 200 kcal/kg/d, almost twice the highest infant requirement (Butte 2005: 473 kJ =
 *       113 kcal/kg/d, boys at 1 month).</li>
 *   <li>{@link #PROTEIN_G}: 250 g a day; {@link #PROTEIN_G_PER_KG}: 5 g/kg/d, over three times the highest
 *       reference intake (1.52 g/kg/d at 0-6 months, IOM 2005); {@link #PROTEIN_G_PER_100KCAL}: 10 g per 100 kcal
 *       (at a ratio of 1:1 a dietary unit is 13 kcal, so protein can be at most 7.7 g per 100 kcal).</li>
 *   <li>The ratio: 0.5 to 6 ({@link Ratio#checkRange}).</li>
 * </ul>
 */
public final class Bounds {
    /** The most energy a day, kcal. */
    public static final double KCAL = 5000;
    /** The most energy per kg of body weight a day, kcal. */
    public static final double KCAL_PER_KG = 200;
    /** The most protein a day, g. */
    public static final double PROTEIN_G = 250;
    /** The most protein per kg a day, g. */
    public static final double PROTEIN_G_PER_KG = 5;
    /** The most protein per 100 kcal, g. */
    public static final double PROTEIN_G_PER_100KCAL = 10;

    private Bounds() {
    }

    /**
     * {@code value} when it is at most {@code bound}.
     *
     * @throws FieldProblem "FIELD: VALUE is above the upper bound of BOUND UNIT (WHY)"
     */
    static Double atMost(String field, Double value, double bound, String unit) {
        if (value != null && value > bound) {
            throw new FieldProblem(field, above(value, bound, unit));
        }
        return value;
    }

    /** "99999 is above the upper bound of 5000 kcal a day; check for a typing error". */
    public static String above(double value, double bound, String unit) {
        String v = value >= 1e7 ? String.format(Locale.ROOT, "%.3g", value) : Numbers.plain(value);
        return v + " is above the upper bound of " + Numbers.plain(bound) + " " + unit + " (no child's prescription "
                + "reaches it); check for a typing error";
    }
}
