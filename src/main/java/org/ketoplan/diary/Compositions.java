package org.ketoplan.diary;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFood;

/**
 * Where the diary takes a food's composition from: the composition stored with the plan for a food the plan uses
 * (so a later change of the database does not change what a planned meal supplied), the food database for any
 * other food (off-plan foods).
 */
public final class Compositions {
    private final Map<String, PlanFood> planFoods;
    private final Supplier<FoodDatabase> databaseSource;
    private FoodDatabase database;

    /** Compositions from {@code plan}, then {@code database} (which may be null: plan foods only). */
    public Compositions(Plan plan, FoodDatabase database) {
        this(plan, () -> database);
    }

    /**
     * Compositions from {@code plan}, then the database {@code database} supplies, loaded only when a food is not
     * in the plan (a supplier of null: plan foods only).
     */
    public Compositions(Plan plan, Supplier<FoodDatabase> database) {
        this.planFoods = plan.foodsById();
        this.databaseSource = database;
    }

    private FoodDatabase database() {
        if (database == null && databaseSource != null) {
            database = databaseSource.get();
        }
        return database;
    }

    /** True when the food is known to the plan or the database. */
    public boolean known(String id) {
        return planFoods.containsKey(id) || (database() != null && database().byId(id).isPresent());
    }

    /** Fat, protein, carbohydrate and fibre in {@code amount} g (or ml) of food {@code id}, when known. */
    public Optional<Macros> macros(String id, double amount) {
        PlanFood pf = planFoods.get(id);
        if (pf != null) {
            return Optional.of(pf.macros(amount));
        }
        if (database() == null) {
            return Optional.empty();
        }
        return database().byId(id).map((Food f) -> f.macros(amount));
    }
}
