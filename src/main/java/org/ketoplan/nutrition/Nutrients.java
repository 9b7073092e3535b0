package org.ketoplan.nutrition;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Nutrient amounts in 100 units (grams, or millilitres for a liquid given per 100 ml) of one food. Immutable.
 *
 * <p>An amount the source does not report is unknown, not zero: {@link #amount} is empty for it, and
 * {@link #orZero} treats it as zero where a sum needs a number. Fat, protein and carbohydrate must each lie
 * from 0 to 100 and together not exceed 100 (with 0.5 g allowance for rounding in published tables).
 */
public final class Nutrients {
    /** Allowance over 100 g for fat + protein + carbohydrate, for rounding in published tables. */
    static final double MACRO_SUM_ALLOWANCE = 0.5;

    private final double[] amounts; // NaN = unknown

    private Nutrients(double[] amounts) {
        this.amounts = amounts;
    }

    /** A builder starting with every nutrient unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** The amount of {@code n} per 100 units, empty when the source does not report it. */
    public OptionalDouble amount(Nutrient n) {
        double v = amounts[n.ordinal()];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The amount of {@code n} per 100 units, zero when unknown. */
    public double orZero(Nutrient n) {
        double v = amounts[n.ordinal()];
        return Double.isNaN(v) ? 0.0 : v;
    }

    /** True when the source reports {@code n}. */
    public boolean has(Nutrient n) {
        return !Double.isNaN(amounts[n.ordinal()]);
    }

    /** Fat, protein, carbohydrate and fibre in 100 units, unknown ones as zero. */
    public Macros macros() {
        return new Macros(orZero(Nutrient.FAT), orZero(Nutrient.PROTEIN), orZero(Nutrient.CARBOHYDRATE),
                orZero(Nutrient.FIBRE));
    }

    /** The known amounts, in {@link Nutrient} order. */
    public Map<Nutrient, Double> known() {
        Map<Nutrient, Double> map = new EnumMap<>(Nutrient.class);
        for (int i = 0; i < amounts.length; i++) {
            if (!Double.isNaN(amounts[i])) {
                map.put(Nutrient.at(i), amounts[i]);
            }
        }
        return map;
    }

    /** The known amounts by {@link Nutrient#key()} ("fat_g"), in {@link Nutrient} order: as files and JSON spell them. */
    public Map<String, Double> byKey() {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        known().forEach((n, v) -> map.put(n.key(), v));
        return map;
    }

    /** The stated energy per 100 units; when the source gives none, 9/4/4 kcal from the macros (total carbohydrate). */
    public double kcal() {
        double v = amounts[Nutrient.ENERGY.ordinal()];
        if (!Double.isNaN(v)) {
            return v;
        }
        Macros m = macros();
        return Energy.kcal(m.fatG(), m.proteinG(), m.carbohydrateG());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nutrients other && Arrays.equals(amounts, other.amounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        return "Nutrients" + known();
    }

    /** Collects amounts, rejecting impossible ones with a message that names the nutrient. */
    public static final class Builder {
        private final double[] amounts = new double[Nutrient.values().length];

        private Builder() {
            Arrays.fill(amounts, Double.NaN);
        }

        /** Sets {@code n} to {@code value}; rejects negative and non-finite values. */
        public Builder set(Nutrient n, double value) {
            amounts[n.ordinal()] = Checks.nonNegative(n.key(), value);
            return this;
        }

        /** Sets {@code n} when {@code value} is not null. */
        public Builder setIfPresent(Nutrient n, Double value) {
            if (value != null) {
                set(n, value);
            }
            return this;
        }

        /** Builds, checking that fat, protein and carbohydrate fit in 100 units and fibre in carbohydrate. */
        public Nutrients build() {
            double fat = orZero(Nutrient.FAT);
            double protein = orZero(Nutrient.PROTEIN);
            double carb = orZero(Nutrient.CARBOHYDRATE);
            for (Nutrient n : new Nutrient[] {Nutrient.FAT, Nutrient.PROTEIN, Nutrient.CARBOHYDRATE,
                    Nutrient.FIBRE, Nutrient.SUGARS, Nutrient.WATER}) {
                if (orZero(n) > 100 + MACRO_SUM_ALLOWANCE) {
                    throw new IllegalArgumentException(n.key() + " " + Numbers.plain(orZero(n)) + " is over 100 per 100");
                }
            }
            double sum = fat + protein + carb;
            if (sum > 100 + MACRO_SUM_ALLOWANCE) {
                throw new IllegalArgumentException("fat + protein + carbohydrate = " + Numbers.plain(round(sum))
                        + " g, over 100 g per 100 g");
            }
            return new Nutrients(amounts.clone());
        }

        private double orZero(Nutrient n) {
            double v = amounts[n.ordinal()];
            return Double.isNaN(v) ? 0 : v;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
