package org.ketoplan.food;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The allergen groups a food contains, and whether that list is complete.
 *
 * <p>Complete: the food contains these groups and no other (a plain food, or a product whose label lists them).
 * Not complete: it contains at least these (bread: wheat), and whether it has others is not known (a mixed dish
 * whose recipe the data do not give). Unknown is the empty list, not complete: a user food that declares nothing.
 * A child with an allergy is only given a food known to be free of that group.
 *
 * @param groups the groups the food contains
 * @param complete true when the food contains no other group
 */
public record Allergens(Set<Allergen> groups, boolean complete) {
    /** Nothing known: every group may be there. */
    public static final Allergens UNKNOWN = new Allergens(Set.of(), false);
    /** Known to contain none of the groups. */
    public static final Allergens NONE = new Allergens(Set.of(), true);

    /** Copies the set (in group order). */
    public Allergens {
        EnumSet<Allergen> s = EnumSet.noneOf(Allergen.class);
        if (groups != null) {
            s.addAll(groups);
        }
        groups = java.util.Collections.unmodifiableSet(s);
    }

    /** Exactly {@code groups} and no others. */
    public static Allergens exactly(Collection<Allergen> groups) {
        return new Allergens(Set.copyOf(groups), true);
    }

    /** True when nothing at all is known. */
    public boolean unknown() {
        return !complete && groups.isEmpty();
    }

    /** True when the food contains {@code group}, or may (its list is not complete). */
    public boolean mayContain(Allergen group) {
        return groups.contains(group) || !complete;
    }

    /** These groups and {@code other}'s; complete only when both are. */
    public Allergens plus(Allergens other) {
        EnumSet<Allergen> s = EnumSet.noneOf(Allergen.class);
        s.addAll(groups);
        s.addAll(other.groups);
        return new Allergens(s, complete && other.complete);
    }

    /** The groups' names in group order ("milk", "tree nuts"). */
    public List<String> words() {
        List<String> w = new ArrayList<>();
        for (Allergen a : groups) {
            w.add(a.word());
        }
        return w;
    }

    /**
     * How people read it: "none", "milk, soy", "wheat, gluten (and perhaps others: not known)" or "unknown".
     */
    public String describe() {
        if (unknown()) {
            return "unknown";
        }
        if (groups.isEmpty()) {
            return "none";
        }
        return String.join(", ", words()) + (complete ? "" : " (others not known)");
    }
}
