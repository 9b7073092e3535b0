package org.ketoplan.compose;

import java.util.ArrayList;
import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;

/**
 * The limits a meal must keep, worked out from a request: ratio low/high, kcal low/high, the protein band,
 * the carbohydrate ceiling (carbohydrate by the target's convention) and the largest meal weight.
 *
 * <p>Judged as printed: ketoplan prints grams of protein and carbohydrate and kcal to one decimal and the ratio
 * to two, and a band holds when the value, rounded so, is inside the limits rounded the same way: a meal given as
 * fixed amounts whose protein is 6.19 g keeps a floor of 6.2 g (both print as 6.2), one of 6.14 g does not (6.1).
 * In numbers: a floor L is kept from round(L) - half the last digit, a ceiling H up to round(H) + half of it
 * ({@link #GRAMS_AS_PRINTED}, {@link #KCAL_AS_PRINTED}, {@link #RATIO_AS_PRINTED}). These limits are never
 * narrower than the exact ones; the amounts the composer chooses keep the exact ones
 * ({@link #violation(double, double, double, double)}), so the margin serves meals given as fixed amounts.
 *
 * @param target the meal's target
 * @param ratioLow least ratio
 * @param ratioHigh largest ratio
 * @param kcalLow least kcal
 * @param kcalHigh largest kcal
 * @param proteinLowG least grams of protein
 * @param proteinHighG most grams of protein
 * @param carbCeilingG most grams of carbohydrate
 * @param maxMealG most grams (or ml) the counted foods may weigh together ({@link Double#POSITIVE_INFINITY}: none)
 */
public record MealBands(MealTarget target, double ratioLow, double ratioHigh, double kcalLow, double kcalHigh,
                        double proteinLowG, double proteinHighG, double carbCeilingG, double maxMealG) {
    /** Slack for floating-point sums when judging a band (grams or kcal); far below anything a scale shows. */
    static final double EPS = 1e-7;
    /** Half of the last digit grams are printed to (0.1 g). */
    public static final double GRAMS_AS_PRINTED = 0.05;
    /** Half of the last digit kcal are printed to (0.1 kcal). */
    public static final double KCAL_AS_PRINTED = 0.05;
    /** Half of the last digit the ratio is printed to (0.01). */
    public static final double RATIO_AS_PRINTED = 0.005;

    /** The least value that prints as at least {@code limit} printed to {@code half} x 2 (a floor as printed). */
    public static double floorAsPrinted(double limit, double half) {
        return printed(limit, half) - half;
    }

    /** The most value that prints as at most {@code limit} printed to {@code half} x 2 (a ceiling as printed). */
    public static double ceilingAsPrinted(double limit, double half) {
        return Double.isInfinite(limit) ? limit : printed(limit, half) + half;
    }

    private static double printed(double v, double half) {
        double unit = 2 * half;
        return Math.round(v / unit + 1e-9) * unit;
    }

    /**
     * The bands of {@code request}. "One step's worth" (see {@link Tolerances}) is taken over the counted foods the
     * composer may vary; with none, it is zero.
     */
    public static MealBands of(MealRequest request) {
        MealTarget t = request.target();
        Tolerances tol = request.tolerances();
        CarbConvention conv = t.carbs();
        double richestCarb = 0;
        for (Ingredient i : request.ingredients()) {
            if (i.counted() && !i.isFixed()) {
                richestCarb = Math.max(richestCarb, i.food().macros(request.step()).carbohydrate(conv));
            }
        }
        double above = tol.carbAboveG() != null ? tol.carbAboveG() : richestCarb;
        Double maxMeal = request.limits().maxMealG();
        return new MealBands(t, t.ratio() - tol.ratio(), t.ratio() + tol.ratio(),
                t.kcal() * (1 - tol.energyFraction()), t.kcal() * (1 + tol.energyFraction()),
                t.proteinG() * (1 - tol.proteinFraction()), t.proteinG() * (1 + tol.proteinFraction()),
                t.carbG() + above, maxMeal == null ? Double.POSITIVE_INFINITY : maxMeal);
    }

    /** The bands judged on a meal's counted totals, without a weight limit (see {@link #check(Macros, double)}). */
    public List<Band> check(Macros totals) {
        return check(totals, 0);
    }

    /** The bands judged on a meal's counted totals and the weight of its counted foods (g or ml). */
    public List<Band> check(Macros totals, double weightG) {
        CarbConvention conv = target.carbs();
        double f = totals.fatG();
        double p = totals.proteinG();
        double c = totals.carbohydrate(conv);
        double kcal = Energy.kcal(f, p, c);
        List<Band> bands = new ArrayList<>(List.of(
                new Band("ratio band", target.ratio(), ratioLow, ratioHigh, totals.ratio(conv),
                        ratioLowSlack(f, p, c) >= -EPS && ratioHighSlack(f, p, c) >= -EPS),
                new Band("energy band", target.kcal(), kcalLow, kcalHigh, kcal,
                        kcal >= floorAsPrinted(kcalLow, KCAL_AS_PRINTED) - EPS
                                && kcal <= ceilingAsPrinted(kcalHigh, KCAL_AS_PRINTED) + EPS),
                new Band("protein band", target.proteinG(), proteinLowG, proteinHighG, p,
                        p >= floorAsPrinted(proteinLowG, GRAMS_AS_PRINTED) - EPS
                                && p <= ceilingAsPrinted(proteinHighG, GRAMS_AS_PRINTED) + EPS),
                new Band("carbohydrate ceiling", target.carbG(), Double.NEGATIVE_INFINITY, carbCeilingG, c,
                        c <= ceilingAsPrinted(carbCeilingG, GRAMS_AS_PRINTED) + EPS)));
        if (!Double.isInfinite(maxMealG)) {
            bands.add(new Band("meal weight", maxMealG, Double.NEGATIVE_INFINITY, maxMealG, weightG,
                    weightG <= maxMealG + EPS));
        }
        return bands;
    }

    /**
     * How far the meal is outside its exact bands, each shortfall beyond {@link #EPS} in kcal-like units (fat x 9,
     * protein and carbohydrate x 4, a gram of weight as 1) over the target kcal; zero inside. The composer keeps
     * the amounts it chooses inside the exact bands.
     */
    double violation(double f, double p, double c, double weightG) {
        return violation(f, p, c, weightG, false);
    }

    /**
     * As {@link #violation(double, double, double, double)}, with {@code asPrinted} the limits as printed (see the
     * class comment): zero exactly when every band of {@link #check} holds. Used for a meal of fixed amounts.
     */
    double violation(double f, double p, double c, double weightG, boolean asPrinted) {
        double kcal = Energy.kcal(f, p, c);
        double rl = asPrinted ? floorAsPrinted(ratioLow, RATIO_AS_PRINTED) : ratioLow;
        double rh = asPrinted ? ceilingAsPrinted(ratioHigh, RATIO_AS_PRINTED) : ratioHigh;
        double kl = asPrinted ? floorAsPrinted(kcalLow, KCAL_AS_PRINTED) : kcalLow;
        double kh = asPrinted ? ceilingAsPrinted(kcalHigh, KCAL_AS_PRINTED) : kcalHigh;
        double pl = asPrinted ? floorAsPrinted(proteinLowG, GRAMS_AS_PRINTED) : proteinLowG;
        double ph = asPrinted ? ceilingAsPrinted(proteinHighG, GRAMS_AS_PRINTED) : proteinHighG;
        double cc = asPrinted ? ceilingAsPrinted(carbCeilingG, GRAMS_AS_PRINTED) : carbCeilingG;
        double v = 0;
        v += 9 * over(rl * (p + c) - f) + 9 * over(f - rh * (p + c));
        v += over(kl - kcal) + over(kcal - kh);
        v += 4 * over(pl - p) + 4 * over(p - ph);
        v += 4 * over(c - cc);
        v += over(weightG - maxMealG);
        return v / Math.max(1, target.kcal());
    }

    private static double over(double shortfall) {
        return shortfall > EPS ? shortfall : 0;
    }

    /** fat - low (protein + carbohydrate), low as printed: at least zero inside the band. */
    double ratioLowSlack(double f, double p, double c) {
        return f - floorAsPrinted(ratioLow, RATIO_AS_PRINTED) * (p + c);
    }

    /** high (protein + carbohydrate) - fat, high as printed: at least zero inside the band. */
    double ratioHighSlack(double f, double p, double c) {
        return ceilingAsPrinted(ratioHigh, RATIO_AS_PRINTED) * (p + c) - f;
    }
}
