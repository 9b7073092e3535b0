package org.ketoplan.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.recipe.Recipe;

/**
 * Recipes composed to meal targets, each distinct (recipe, target, step, tolerances) composed once: the composer
 * is deterministic, so a 28-day plan with four slots composes each recipe once per slot target instead of once per
 * day. Failures are kept too (the composer's message), so a recipe that does not fit is not tried again.
 */
public final class CompositionCache {
    private final FoodDatabase foods;
    /**
     * The planner's composer has no mixed-integer fallback: on the shipped recipes the rounding search finds a meal
     * whenever the integer program does (ShippedRecipesComposeTest, RecipeSlotsBenchmark), so a recipe it cannot
     * round is simply not this meal's, and the planner tries the next one at once.
     */
    private final MealComposer composer;
    private final Cache<Key, Outcome> cache;
    private final AtomicLong composed = new AtomicLong();

    /**
     * What the cache is keyed by: the recipe itself (not only its id), the target, the step, the tolerances, the
     * limits on amounts and the amounts fixed by the plan (food id to amount; expressed breast milk).
     */
    private record Key(Recipe recipe, MealTarget target, double step, Tolerances tolerances, AmountLimits limits,
                       Map<String, Double> fixed) {
    }

    /**
     * A composition or the reason there is none.
     *
     * @param meal the composed recipe, or null
     * @param problem why there is none (its message, the composer's diagnosis, is worked out when first read), or
     *     null
     */
    public record Outcome(ComposedRecipe meal, NoSolutionException problem) {
        /** True when the recipe was composed. */
        public boolean ok() {
            return meal != null;
        }

        /** The composer's message, or null when the recipe was composed. */
        public String failure() {
            return problem == null ? null : problem.getMessage();
        }
    }

    /** A cache over {@code foods}; {@code enabled} false composes every time (for the benchmark's baseline). */
    public CompositionCache(FoodDatabase foods, boolean enabled) {
        this(foods, enabled, false);
    }

    /**
     * A cache over {@code foods} whose composer uses the time-boxed mixed-integer fallback when {@code fallback} (a
     * meal recomposed from its plan's recipe, which has no other recipe to turn to).
     */
    public CompositionCache(FoodDatabase foods, boolean enabled, boolean fallback) {
        this.foods = foods;
        this.cache = enabled ? Caffeine.newBuilder().maximumSize(20_000).build() : null;
        this.composer = new MealComposer(fallback);
    }

    /** The recipe composed to {@code target}, or why it cannot be (no caps, no amounts fixed). */
    public Outcome get(Recipe recipe, MealTarget target, double step, Tolerances tolerances) {
        return get(recipe, target, step, tolerances, AmountLimits.NONE, Map.of());
    }

    /**
     * The recipe composed to {@code target} within {@code limits}, with the foods of {@code fixed} at the amounts
     * given (food id to g or ml), or why it cannot be.
     */
    public Outcome get(Recipe recipe, MealTarget target, double step, Tolerances tolerances, AmountLimits limits,
                       Map<String, Double> fixed) {
        Key key = new Key(recipe, target, step, tolerances, limits, Map.copyOf(fixed));
        return cache == null ? compose(key) : cache.get(key, this::compose);
    }

    /** How many compositions were computed (not served from the cache). */
    public long composed() {
        return composed.get();
    }

    private Outcome compose(Key k) {
        composed.incrementAndGet();
        try {
            return new Outcome(RecipeMeals.request(k.recipe(), k.target(), foods, k.step(), k.tolerances(),
                    k.limits(), k.fixed()).compose(composer), null);
        } catch (NoSolutionException e) {
            return new Outcome(null, e);
        }
    }
}
