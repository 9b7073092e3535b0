package org.ketoplan.prescription;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ketoplan.nutrition.Macros;

/**
 * Breast milk in the plan: breastfeeding need not stop on the diet, and expressed milk or breastfeeds may be part
 * of it (van der Louw et al. 2024, human milk and breastfeeding during ketogenic diet therapy in infants, clinical
 * practice guideline; in one cohort infants took a median 90 ml/day at discharge, Breastfeed Med 2019).
 *
 * <ul>
 *   <li>{@code expressed_ml}: a fixed daily amount of expressed breast milk, shared among the day's feeds in
 *       proportion to their energy; the feeds' other products are composed around it.</li>
 *   <li>{@code breastfeeds}: feeds at the breast, each of an estimated volume (the parent or dietitian estimates it,
 *       e.g. by test weighing); they count towards the day at the composition of {@link #PER_100_ML}, and the
 *       meals and feeds share what is left of the day's fat, protein and carbohydrate.</li>
 * </ul>
 *
 * @param expressedMl expressed breast milk a day, ml, 0 for none
 * @param breastfeeds the breastfeeds, possibly none
 */
public record BreastMilk(@JsonProperty("expressed_ml") @JsonDeserialize(using = Fields.NonNegative.class)
                         Double expressedMl, List<Breastfeed> breastfeeds) {
    /**
     * Mature breast milk per 100 ml: fat 3.5 g, protein 0.9 g, carbohydrate 6.7 g (65-70 kcal; PMC3586783). The
     * same values as the food {@code breast-milk-expressed} in foods/keto-products.yaml.
     */
    public static final Macros PER_100_ML = new Macros(3.5, 0.9, 6.7, 0);
    /** The source of {@link #PER_100_ML}. */
    public static final String SOURCE = "breast milk per 100 ml: fat 3.5 g, protein 0.9 g, carbohydrate 6.7 g "
            + "(" + Citation.BALLARD_2013.cite() + ")";

    /**
     * Fills in no expressed milk and no breastfeeds; names an unnamed breastfeed by its place ("breastfeed 2");
     * rejects two breastfeeds of one name.
     */
    public BreastMilk {
        expressedMl = expressedMl == null ? 0.0 : expressedMl;
        List<Breastfeed> named = new java.util.ArrayList<>();
        if (breastfeeds != null) {
            for (int i = 0; i < breastfeeds.size(); i++) {
                Breastfeed b = breastfeeds.get(i);
                named.add(b.name() != null ? b : new Breastfeed("breastfeed " + (i + 1), b.time(), b.ml()));
            }
        }
        breastfeeds = List.copyOf(named);
        Set<String> names = new HashSet<>();
        for (Breastfeed b : breastfeeds) {
            if (!names.add(b.name().toLowerCase(Locale.ROOT))) {
                throw new FieldProblem("breastfeeds", "two breastfeeds are named '" + b.name() + "'");
            }
        }
    }

    /** The estimated ml of all breastfeeds a day. */
    public double breastfedMl() {
        return breastfeeds.stream().mapToDouble(Breastfeed::ml).sum();
    }

    /** Fat, protein and carbohydrate of {@code ml} of breast milk. */
    public static Macros of(double ml) {
        return PER_100_ML.times(ml / 100);
    }

    /**
     * A feed at the breast of an estimated volume.
     *
     * @param name its name in the plan, or null for "breastfeed N" by its place in the list
     * @param time when it is given, or null
     * @param ml the estimated volume, ml
     */
    public record Breastfeed(String name, @JsonDeserialize(using = Fields.TimeValue.class) LocalTime time,
                             @JsonDeserialize(using = Fields.Positive.class) Double ml) {
        /** Requires the volume. */
        public Breastfeed {
            if (ml == null) {
                throw new FieldProblem("ml", "missing (the estimated volume of the breastfeed)");
            }
            name = name == null || name.isBlank() ? null : name.trim();
        }
    }
}
