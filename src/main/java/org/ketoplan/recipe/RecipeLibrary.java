package org.ketoplan.recipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.FoodDatabase;

/** A set of recipes with unique ids, looked up by id or name and filtered by slot and age. */
public final class RecipeLibrary {
    private final List<LoadedRecipe> recipes;
    private final Map<String, LoadedRecipe> byId;

    /**
     * A library of {@code recipes}, sorted by id.
     *
     * @throws BadInputException when two recipes share an id, naming both files
     */
    public RecipeLibrary(List<LoadedRecipe> recipes) {
        Map<String, LoadedRecipe> ids = new HashMap<>();
        for (LoadedRecipe r : recipes) {
            LoadedRecipe before = ids.putIfAbsent(r.recipe().id(), r);
            if (before != null) {
                throw BadInputException.at(r.file(), "recipe id '" + r.recipe().id() + "' is already taken by "
                        + before.file() + "; rename one of the files");
            }
        }
        this.recipes = recipes.stream().sorted(Comparator.comparing(r -> r.recipe().id())).toList();
        this.byId = Map.copyOf(ids);
    }

    /** Every recipe, in id order. */
    public List<Recipe> all() {
        return recipes.stream().map(LoadedRecipe::recipe).toList();
    }

    /** Every recipe with where it was read from, in id order. */
    public List<LoadedRecipe> loaded() {
        return recipes;
    }

    /** How many recipes there are. */
    public int size() {
        return recipes.size();
    }

    /**
     * The recipes that suit {@code slot} (null: any) and a child of {@code ageMonths} (null: any age), in id order.
     */
    public List<Recipe> filter(Slot slot, Double ageMonths) {
        return all().stream().filter(r -> slot == null || r.suits(slot))
                .filter(r -> ageMonths == null || r.suitsAge(ageMonths)).toList();
    }

    /**
     * The recipe a person meant: an id, a name (any case), or words found in exactly one recipe's id or name.
     *
     * @throws BadInputException naming the closest recipes when none or several match
     */
    public LoadedRecipe find(String idOrName) {
        String text = idOrName == null ? "" : idOrName.trim();
        LoadedRecipe exact = byId.get(text.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return exact;
        }
        for (LoadedRecipe r : recipes) {
            if (r.recipe().name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s-]+");
        List<LoadedRecipe> hits = new ArrayList<>();
        for (LoadedRecipe r : recipes) {
            String hay = (r.recipe().id() + " " + r.recipe().name()).toLowerCase(Locale.ROOT);
            boolean all = words.length > 0 && !text.isEmpty();
            for (String w : words) {
                all &= hay.contains(w);
            }
            if (all) {
                hits.add(r);
            }
        }
        if (hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.size() > 1) {
            throw new BadInputException("recipe '" + text + "' matches " + hits.size() + " recipes: "
                    + ids(hits) + "; give the id");
        }
        throw new BadInputException("unknown recipe '" + text + "'" + closest(words)
                + "; see 'ketoplan recipe list'");
    }

    /** Checks every recipe's foods against {@code foods} (see {@link RecipeChecks}). */
    public RecipeLibrary checkedAgainst(FoodDatabase foods) {
        for (LoadedRecipe r : recipes) {
            RecipeChecks.check(r, foods);
        }
        return this;
    }

    private String closest(String[] words) {
        List<LoadedRecipe> near = recipes.stream()
                .filter(r -> {
                    String hay = (r.recipe().id() + " " + r.recipe().name()).toLowerCase(Locale.ROOT);
                    for (String w : words) {
                        if (w.length() >= 3 && hay.contains(w)) {
                            return true;
                        }
                    }
                    return false;
                }).limit(5).toList();
        return near.isEmpty() ? "" : "; closest: " + ids(near);
    }

    private static String ids(List<LoadedRecipe> rs) {
        return rs.stream().limit(8).map(r -> r.recipe().id()).collect(Collectors.joining(", "))
                + (rs.size() > 8 ? ", ..." : "");
    }
}
