package org.ketoplan.compose;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.MealTarget;

/**
 * The limits a meal must keep, worked out from a request: ratio low/high, kcal low/high, protein floor and
 * carbohydrate ceiling (carbohydrate by the target's convention).
 *
 * @param target the meal's target
 * @param ratioLow least ratio
 * @param ratioHigh largest ratio
 * @param kcalLow least kcal
 * @param kcalHigh largest kcal
 * @param proteinFloorG least grams of protein
 * @param carbCeilingG largest grams of carbohydrate
 */
public record MealBands(MealTarget target, double ratioLow, double ratioHigh, double kcalLow, double kcalHigh,
                        double proteinFloorG, double carbCeilingG) {
    /** Slack for floating-point sums when judging a band (grams or kcal); far below anything a scale shows. */
    static final double EPS = 1e-7;

    /**
     * The bands of {@code request}. "One step's worth" (see {@link Tolerances}) is taken over the counted foods the
     * composer may vary; with none, it is zero.
     */
    public static MealBands of(MealRequest request) {
        MealTarget t = request.target();
        Tolerances tol = request.tolerances();
        CarbConvention conv = t.carbs();
        double richestProtein = 0;
        double richestCarb = 0;
        for (Ingredient i : request.ingredients()) {
            if (i.counted() && !i.isFixed()) {
                Macros m = i.food().macros(request.step());
                richestProtein = Math.max(richestProtein, m.proteinG());
                richestCarb = Math.max(richestCarb, m.carbohydrate(conv));
            }
        }
        double below = tol.proteinBelowG() != null ? tol.proteinBelowG() : richestProtein;
        double above = tol.carbAboveG() != null ? tol.carbAboveG() : richestCarb;
        return new MealBands(t, t.ratio() - tol.ratio(), t.ratio() + tol.ratio(),
                t.kcal() * (1 - tol.energyFraction()), t.kcal() * (1 + tol.energyFraction()),
                Math.max(0, t.proteinG() - below), t.carbG() + above);
    }

    /** The four bands judged on a meal's counted totals. */
    public List<Band> check(Macros totals) {
        CarbConvention conv = target.carbs();
        double f = totals.fatG();
        double p = totals.proteinG();
        double c = totals.carbohydrate(conv);
        double kcal = Energy.kcal(f, p, c);
        return List.of(
                new Band("ratio band", target.ratio(), ratioLow, ratioHigh, totals.ratio(conv),
                        ratioLowSlack(f, p, c) >= -EPS && ratioHighSlack(f, p, c) >= -EPS),
                new Band("energy band", target.kcal(), kcalLow, kcalHigh, kcal,
                        kcal >= kcalLow - EPS && kcal <= kcalHigh + EPS),
                new Band("protein floor", target.proteinG(), proteinFloorG, Double.POSITIVE_INFINITY, p,
                        p >= proteinFloorG - EPS),
                new Band("carbohydrate ceiling", target.carbG(), Double.NEGATIVE_INFINITY, carbCeilingG, c,
                        c <= carbCeilingG + EPS));
    }

    /**
     * How far the meal is outside its bands, each shortfall beyond {@link #EPS} in kcal-like units (fat x 9,
     * protein and carbohydrate x 4) over the target kcal; zero exactly when every band of {@link #check} holds.
     */
    double violation(double f, double p, double c) {
        double kcal = Energy.kcal(f, p, c);
        double v = 0;
        v += 9 * over(-ratioLowSlack(f, p, c)) + 9 * over(-ratioHighSlack(f, p, c));
        v += over(kcalLow - kcal) + over(kcal - kcalHigh);
        v += 4 * over(proteinFloorG - p) + 4 * over(c - carbCeilingG);
        return v / Math.max(1, target.kcal());
    }

    private static double over(double shortfall) {
        return shortfall > EPS ? shortfall : 0;
    }

    /** fat - low (protein + carbohydrate): at least zero inside the band. */
    double ratioLowSlack(double f, double p, double c) {
        return f - ratioLow * (p + c);
    }

    /** high (protein + carbohydrate) - fat: at least zero inside the band. */
    double ratioHighSlack(double f, double p, double c) {
        return ratioHigh * (p + c) - f;
    }
}
