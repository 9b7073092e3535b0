package org.ketoplan.prescription;

/**
 * The reference protein intake for an age, in g per kg per day, below which ketoplan warns.
 *
 * <p>Infants and toddlers: DRI 0-6 mo AI 1.52 g/kg; 7-12 mo RDA 1.2 g/kg; 1-3 y RDA 1.05 g/kg (IOM 2005,
 * {@link Citation#IOM_2005}; the 7-12 month RDA checked against the DRI table). Older ages: IOM (2005), Dietary Reference Intakes for Energy,
 * Carbohydrate, Fiber, Fat, Fatty Acids, Cholesterol, Protein, and Amino Acids, National Academies Press,
 * doi:10.17226/10490, protein RDA: 4-8 y and 9-13 y 0.95 g/kg, 14-18 y 0.85 g/kg, 19 y and over 0.80 g/kg
 * (read from a secondary summary quoting 0.43 g/lb for 4-13 y and 0.39 g/lb for 14-18 y; not yet checked
 * against the report itself).
 *
 * <p>Age bands in completed months: "0-6 mo" is the first half-year (0-5 completed months), "7-12 mo" the
 * second (6-11), "1-3 y" runs to the 4th birthday.
 *
 * <p>The ketogenic recommendation of 1.5 g protein per 100 kcal (poor linear growth at &lt;= 1.4) is
 * {@link #PER_100_KCAL}.
 */
public final class ProteinReference {
    /** Recommended protein density on the diet, g per 100 kcal. */
    public static final double PER_100_KCAL = 1.5;
    /** The source of {@link #PER_100_KCAL}. */
    public static final String PER_100_KCAL_SOURCE =
            "1.5 g protein/100 kcal (poor linear growth at <= 1.4 g/100 kcal); " + Citation.NATION_2014.cite();

    private static final int[] UPPER_MONTHS = {6, 12, 48, 108, 168, 228, Integer.MAX_VALUE};
    private static final double[] G_PER_KG = {1.52, 1.2, 1.05, 0.95, 0.95, 0.85, 0.80};
    private static final String[] LABEL = {"DRI 0-6 mo AI 1.52 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 7-12 mo RDA 1.2 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 1-3 y RDA 1.05 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 4-8 y RDA 0.95 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 9-13 y RDA 0.95 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 14-18 y RDA 0.85 g/kg/d (IOM 2005, doi:10.17226/10490)",
        "DRI 19 y and over RDA 0.80 g/kg/d (IOM 2005, doi:10.17226/10490)"};

    private ProteinReference() {
    }

    /** The reference intake in g/kg/d for {@code ageMonths}, with its DRI row as the source. */
    public static Sourced gPerKg(int ageMonths) {
        if (ageMonths < 0) {
            throw new IllegalArgumentException("age must not be negative (" + ageMonths + " months)");
        }
        int i = 0;
        while (ageMonths >= UPPER_MONTHS[i]) {
            i++;
        }
        return new Sourced(G_PER_KG[i], LABEL[i]);
    }
}
