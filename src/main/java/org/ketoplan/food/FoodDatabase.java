package org.ketoplan.food;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The foods a command can use: the shipped database plus any user food files, looked up by id or name.
 */
public interface FoodDatabase {

    /** The food with exactly this id. */
    Optional<Food> byId(String id);

    /**
     * The food a person meant by {@code idOrName}: an id, an exact name (any case), or a query whose best
     * search match is unambiguous.
     *
     * @throws UnknownFoodException when nothing matches, with the closest names
     */
    Food resolve(String idOrName);

    /** Foods ranked by relevance to {@code query}, best first, at most {@code limit}. */
    List<SearchHit> search(String query, int limit);

    /** Every food, in id order. */
    Collection<Food> all();

    /** The version of the shipped data ("USDA SR24 (cronometer 0.9.9) + keto-products 2026-11"). */
    String dataVersion();
}
