package org.ketoplan.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.recipe.Recipe;

/**
 * The foods a family leaves out ({@code exclude_foods}: dislikes, by id or word), resolved against the food
 * database. Allergies are not words: they are allergen groups ({@code allergies:}), decided by the allergen table.
 *
 * <p>An entry that is a food id excludes that food. Any other entry is a word (or words) matched against food
 * names as whole words, ignoring case, and also without a final "s": "egg" and "eggs" exclude "Egg, yolk, raw,
 * fresh" and "Egg, whole, cooked", not "Eggplant". This errs on the side of leaving a food out, as an allergy
 * demands. An entry that matches no id and no name is refused (a typo must not silently allow the food), with the
 * closest foods; one that is no word of any name but that the database resolves (a search) excludes that food.
 */
public final class Exclusions {
    private final List<String> entries;
    private final List<Pattern> words;
    private final List<String> ids;

    private Exclusions(List<String> entries, List<Pattern> words, List<String> ids) {
        this.entries = List.copyOf(entries);
        this.words = List.copyOf(words);
        this.ids = List.copyOf(ids);
    }

    /** No exclusions. */
    public static final Exclusions NONE = new Exclusions(List.of(), List.of(), List.of());

    /**
     * The exclusions of {@code entries}.
     *
     * @throws org.ketoplan.common.BadInputException ("exclude_foods: ...") for an entry that matches no food
     */
    public static Exclusions resolve(List<String> entries, FoodDatabase foods) {
        List<String> kept = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String raw : entries) {
            String e = raw == null ? "" : raw.trim();
            if (e.isEmpty()) {
                continue;
            }
            Pattern p = pattern(e);
            String id = e;
            boolean known = foods.byId(e).isPresent()
                    || foods.all().stream().anyMatch(f -> p.matcher(f.name()).find());
            if (!known) {
                try {
                    id = foods.resolve(e).id(); // the food a person meant, or an error with the closest names
                } catch (org.ketoplan.food.UnknownFoodException ex) {
                    throw new org.ketoplan.common.BadInputException("exclude_foods: '" + e + "' matches no food id "
                            + "or name; " + ex.getMessage());
                }
            }
            kept.add(e);
            patterns.add(p);
            ids.add(id);
        }
        return new Exclusions(kept, patterns, ids);
    }

    /** The entries as written. */
    public List<String> entries() {
        return entries;
    }

    /** The entry that excludes {@code food}, if any. */
    public Optional<String> excluding(Food food) {
        for (int k = 0; k < entries.size(); k++) {
            if (ids.get(k).equalsIgnoreCase(food.id()) || words.get(k).matcher(food.name()).find()) {
                return Optional.of(entries.get(k));
            }
        }
        return Optional.empty();
    }

    /** Why {@code recipe} must not be served ("01125 Egg, yolk, raw, fresh (egg)"), or empty when it may be. */
    public Optional<String> excluding(Recipe recipe, FoodDatabase foods) {
        for (org.ketoplan.recipe.RecipeIngredient i : recipe.ingredients()) {
            Optional<Food> f = foods.byId(i.food());
            if (f.isEmpty()) {
                if (ids.stream().anyMatch(e -> e.equalsIgnoreCase(i.food()))) {
                    return Optional.of(i.food() + " (" + i.food() + ")");
                }
                continue;
            }
            Optional<String> why = excluding(f.get());
            if (why.isPresent()) {
                return Optional.of(f.get().id() + " " + f.get().name() + " (" + why.get() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * What each entry removes, for the output: "'milk' (a word) leaves out 57 foods, e.g. Milk, whole, ...; Nuts,
     * coconut milk, ...", so that a word that also removes foods the family did not mean is seen.
     */
    public List<String> summary(FoodDatabase foods) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            String id = ids.get(k);
            Pattern p = words.get(k);
            List<String> names = foods.all().stream().filter(f -> f.id().equalsIgnoreCase(id)
                    || p.matcher(f.name()).find()).map(Food::name).toList();
            if (foods.byId(entries.get(k)).isPresent()) {
                out.add("exclude_foods '" + entries.get(k) + "' (a food id) leaves out " + names.get(0));
            } else {
                out.add("exclude_foods '" + entries.get(k) + "' (a word) leaves out " + names.size() + " food"
                        + (names.size() == 1 ? "" : "s") + " whose names contain it, e.g. "
                        + String.join("; ", names.subList(0, Math.min(4, names.size())))
                        + (names.size() > 4 ? "; ..." : "") + " (for an allergy give allergies: instead)");
            }
        }
        return out;
    }

    private static Pattern pattern(String entry) {
        String e = entry.toLowerCase(Locale.ROOT);
        String stem = e.endsWith("s") && e.length() > 3 ? e.substring(0, e.length() - 1) : e;
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + Pattern.quote(e) + "|" + Pattern.quote(stem)
                + "s?)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
