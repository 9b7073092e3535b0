package org.ketoplan.app;

import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Allergen;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;

/** The safety policy of a {@link ChildRequest}, its fields checked. */
final class Safety {
    private Safety() {
    }

    /** The policy for {@code child}, with {@code db}'s foods. */
    static SafetyPolicy policy(ChildRequest child, FoodDatabase db) {
        if (child instanceof ChildRequest.OfPatient p) {
            return SafetyPolicy.of(Child.of(p.patient(), Targets.day(p.patient(), p.day())), db, p.options());
        }
        ChildRequest.Described d = (ChildRequest.Described) child;
        if (d.ageMonths() != null && (d.ageMonths() < 0 || d.ageMonths() > 1200)) {
            throw InvalidRequest.of("age_months", d.ageMonths(), "must be 0 to 1200, not " + d.ageMonths());
        }
        Set<Allergen> groups;
        try {
            groups = Child.allergies(d.allergies());
        } catch (BadInputException e) {
            throw InvalidRequest.of("allergies", d.allergies(),
                    e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
        return SafetyPolicy.of(new Child(d.ageMonths(), null, groups, java.util.List.of(), java.util.List.of()), db,
                d.options());
    }
}
