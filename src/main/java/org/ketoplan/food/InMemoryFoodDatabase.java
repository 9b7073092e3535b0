package org.ketoplan.food;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A {@link FoodDatabase} held in memory, with search results cached by Caffeine. */
final class InMemoryFoodDatabase implements FoodDatabase {
    private static final int SUGGESTIONS = 5;

    private final List<Food> foods;
    private final Map<String, Food> byId;
    /** Built on first use: a command that names its foods by id never needs the names or the search index. */
    private volatile Map<String, Food> byName;
    private volatile FoodSearch search;
    private final String version;
    private volatile Cache<String, List<SearchHit>> cache;

    InMemoryFoodDatabase(List<Food> foods, String version) {
        List<Food> sorted = new ArrayList<>(foods);
        sorted.sort(java.util.Comparator.comparing(Food::id));
        this.foods = Collections.unmodifiableList(sorted);
        this.byId = new HashMap<>(foods.size() * 2);
        for (Food f : sorted) {
            byId.put(f.id(), f);
        }
        this.version = version;
    }

    private Map<String, Food> byName() {
        Map<String, Food> m = byName;
        if (m == null) {
            m = new HashMap<>(foods.size() * 2);
            for (Food f : foods) {
                m.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f);
            }
            byName = m;
        }
        return m;
    }

    private FoodSearch index() {
        FoodSearch s = search;
        if (s == null) {
            s = new FoodSearch(foods);
            search = s;
        }
        return s;
    }

    @Override
    public Optional<Food> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Food resolve(String idOrName) {
        String text = idOrName == null ? "" : idOrName.trim();
        Food f = byId.get(text);
        if (f == null) {
            f = byName().get(text.toLowerCase(Locale.ROOT));
        }
        if (f != null) {
            return f;
        }
        if (text.isEmpty()) {
            throw new UnknownFoodException("a food id or name is empty", List.of());
        }
        List<Food> all = search(text, Integer.MAX_VALUE).stream()
                .map(SearchHit::food)
                .filter(c -> FoodSearch.matchesAllWords(text, c))
                .collect(Collectors.toList());
        if (all.size() == 1) {
            return all.get(0);
        }
        if (all.size() > 1) {
            throw new UnknownFoodException("'" + text + "' matches " + all.size() + " foods, e.g. "
                    + list(all.subList(0, Math.min(SUGGESTIONS, all.size()))) + "; give the id", all);
        }
        List<Food> near = search(text, SUGGESTIONS).stream().map(SearchHit::food).collect(Collectors.toList());
        if (near.isEmpty()) {
            near = index().closest(text, SUGGESTIONS);
        }
        throw new UnknownFoodException("unknown food '" + text + "'"
                + (near.isEmpty() ? "; try 'ketoplan food search WORD'" : "; closest: " + list(near)), near);
    }

    private static String list(List<Food> foods) {
        return foods.stream().map(f -> f.id() + " (" + f.name() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        String key = limit + "\u0000" + String.join(" ", FoodSearch.words(query)) + "\u0000"
                + query.trim().toLowerCase(Locale.ROOT);
        Cache<String, List<SearchHit>> c = cache;
        if (c == null) {
            c = Caffeine.newBuilder().maximumSize(1_000).build();
            cache = c;
        }
        return c.get(key, k -> List.copyOf(index().search(query, limit)));
    }

    @Override
    public Collection<Food> all() {
        return foods;
    }

    @Override
    public String dataVersion() {
        return version;
    }
}
