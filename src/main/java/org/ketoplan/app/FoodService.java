package org.ketoplan.app;

import java.util.List;
import java.util.Objects;
import org.ketoplan.food.Food;
import org.ketoplan.food.SearchHit;

/** The food database: search by words, one food by id or name. */
public final class FoodService {
    /** The most hits a search returns: more foods than the database holds. */
    public static final int MAX_LIMIT = 10_000;

    private final Workspace workspace;

    /** A service over {@code workspace}'s foods. */
    public FoodService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The foods best matching {@code query}, at most {@code limit} (1 to {@link #MAX_LIMIT}; field "limit"). */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequest.phrased("limit", limit, InvalidRequest.ref("limit"), " must be 1 to " + MAX_LIMIT
                    + ", not " + limit);
        }
        return workspace.foods().search(query, limit);
    }

    /** The food with this id or name (an unknown one fails with the nearest names). */
    public Food show(String idOrName) {
        return workspace.foods().resolve(idOrName);
    }
}
