package org.ketoplan.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Allergen;
import org.ketoplan.prescription.Allowance;
import org.ketoplan.prescription.Patient;

/**
 * What the safety rules need to know about the child: age, weight, allergies, the recorded exceptions and the
 * family's exclusions.
 *
 * @param ageMonths age in whole months, or null when not known (then no rule by age is checked, and the output
 *     says so)
 * @param weightKg weight, or null when not known
 * @param allergies the allergen groups never given
 * @param allow the exceptions recorded in the patient file
 * @param excludeFoods the family's exclusions (ids or words)
 */
public record Child(Integer ageMonths, Double weightKg, Set<Allergen> allergies, List<Allowance> allow,
                    List<String> excludeFoods) {
    /** Copies the collections. */
    public Child {
        EnumSet<Allergen> a = EnumSet.noneOf(Allergen.class);
        a.addAll(allergies == null ? Set.of() : allergies);
        allergies = java.util.Collections.unmodifiableSet(a);
        allow = allow == null ? List.of() : List.copyOf(allow);
        excludeFoods = excludeFoods == null ? List.of() : List.copyOf(excludeFoods);
    }

    /** The child of a patient file on {@code on}. */
    public static Child of(Patient p, LocalDate on) {
        return new Child(p.ageMonthsOn(on), p.weightKg(), allergies(p.allergies()), p.allow(), p.excludeFoods());
    }

    /**
     * The allergen groups of {@code words}.
     *
     * @throws BadInputException "allergies[1]: 'nut' is not an allergen group; use one of ..."
     */
    public static Set<Allergen> allergies(List<String> words) {
        EnumSet<Allergen> set = EnumSet.noneOf(Allergen.class);
        List<String> list = words == null ? List.of() : new ArrayList<>(words);
        for (int i = 0; i < list.size(); i++) {
            try {
                set.addAll(Allergen.parse(list.get(i)));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("allergies[" + i + "]: " + e.getMessage());
            }
        }
        return set;
    }
}
