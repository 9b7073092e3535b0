package org.ketoplan.nutrition;

/** Compositions for tests, written as plan.json spells them: {@code Per100.of("fat_g", 37.0, "protein_g", 2.05)}. */
public final class Per100 {
    private Per100() {
    }

    /** The composition of the key, amount pairs given (every other nutrient unknown). */
    public static Nutrients of(Object... keysAndAmounts) {
        Nutrients.Builder b = Nutrients.builder();
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            Nutrient n = Nutrient.byKey((String) keysAndAmounts[i]);
            if (n == null) {
                throw new IllegalArgumentException("no nutrient " + keysAndAmounts[i]);
            }
            b.set(n, ((Number) keysAndAmounts[i + 1]).doubleValue());
        }
        return b.build();
    }
}
