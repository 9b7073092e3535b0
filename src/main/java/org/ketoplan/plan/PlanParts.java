package org.ketoplan.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.Portion;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Macros;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.Medicine;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.recipe.Slot;

/** Conversions between the prescription, the composer and the plan-of-record types. */
final class PlanParts {
    private PlanParts() {
    }

    /**
     * A meal or snack of the day as the planner fills it.
     *
     * @param slot the plan's slot (name, time, kind, targets)
     * @param recipeSlot the recipes that suit it
     */
    record SlotPlan(PlanSlot slot, Slot recipeSlot) {
        /** The targets the slot's recipe is composed to. */
        MealTarget target() {
            return slot.target();
        }
    }

    static PlanPatient patient(Patient p, int ageMonths) {
        return new PlanPatient(p.name().isBlank() ? "(no name)" : p.name(), p.born(), ageMonths, p.weightKg(),
                p.timeZone() == null ? null : p.timeZone().getId(), p.excludeFoods(), p.allergies(), p.allow());
    }

    /** The slots of {@code rx}, in time order when every one has a time, else meals then snacks. */
    static List<SlotPlan> slots(DailyPrescription rx) {
        List<SlotPlan> out = new ArrayList<>();
        int meals = rx.meals().size();
        for (int k = 0; k < meals; k++) {
            out.add(slot(rx, rx.meals().get(k), false, k, meals));
        }
        for (MealTarget s : rx.snacks()) {
            out.add(slot(rx, s, true, 0, meals));
        }
        if (out.stream().allMatch(s -> s.slot().time() != null)) {
            out.sort(Comparator.comparing(s -> s.slot().time()));
        }
        return out;
    }

    private static SlotPlan slot(DailyPrescription rx, MealTarget t, boolean snack, int index, int count) {
        Slot rs = !snack && rx.isFeed(t.name()) ? Slot.FEED : SlotRules.forMeal(t.name(), snack, index, count);
        LocalTime time = rx.times().get(t.name());
        MealKind kind = rs == Slot.FEED ? MealKind.FEED : snack ? MealKind.SNACK : MealKind.MEAL;
        return new SlotPlan(new PlanSlot(time == null ? null : time.toString(), kind, t), rs);
    }

    /** The slots stored in a plan, mapped again by {@link SlotRules} (a feed stays a feed). */
    static List<SlotPlan> slots(PlanPrescription p, int ageMonths) {
        List<PlanSlot> meals = p.slots().stream().filter(s -> s.kind() != MealKind.SNACK).toList();
        List<SlotPlan> out = new ArrayList<>();
        for (PlanSlot s : p.slots()) {
            boolean snack = s.kind() == MealKind.SNACK;
            Slot rs = s.kind() == MealKind.FEED ? Slot.FEED
                    : SlotRules.forMeal(s.name(), snack, meals.indexOf(s), meals.size());
            out.add(new SlotPlan(s, rs));
        }
        return out;
    }

    static MealTarget target(PlannedMeal m, CarbConvention conv) {
        PlanTotals t = m.target();
        return new MealTarget(m.slot(), t.kcal(), t.ratio(), t.fatG(), t.proteinG(), t.carbG(), conv);
    }

    static PlanPrescription prescription(DailyPrescription rx, List<SlotPlan> slots, List<Medicine> medicines) {
        List<PlanMedicine> meds = medicines(medicines);
        List<PlanBreastfeed> breastfeeds = rx.breastfeeds().stream().map(b -> new PlanBreastfeed(b.name(),
                b.time() == null ? null : b.time().toString(), b.ml())).toList();
        return new PlanPrescription(rx.day().kcal(), rx.prescribedRatio(), rx.day().fatG(), rx.day().proteinG(),
                rx.day().carbG(), rx.carbs(), rx.medicineCarbG(), rx.fluidMl(),
                slots.stream().map(SlotPlan::slot).toList(), meds, rx.sources(), rx.pattern().word(),
                rx.fluidBasis().word(), null, rx.expressedMilkMl(), breastfeeds);
    }

    static List<PlanMedicine> medicines(List<Medicine> medicines) {
        return medicines.stream().map(m -> new PlanMedicine(m.name(), m.carbMgPerDose(), m.dosesPerDay(),
                m.times().stream().map(LocalTime::toString).toList(), m.supplement())).toList();
    }

    /** The planned meal of a composed recipe: counted foods in recipe order, then seasonings and water; none at 0 g. */
    static PlannedMeal meal(SlotPlan slot, ComposedRecipe composed) {
        return meal(slot, composed.withUncounted(), composed.recipe().id(),
                composed.recipe().name(), composed.recipe().directions());
    }

    /** The planned meal of {@code meal} (its portions as they are) under the recipe given, or none. */
    static PlannedMeal meal(SlotPlan slot, ComposedMeal meal, String recipeId, String recipeName,
                            List<String> directions) {
        CarbConvention conv = meal.carbs();
        List<PlannedFood> foods = new ArrayList<>();
        for (Portion p : meal.portions()) {
            if (p.amount() == 0) {
                continue; // an optional food the composer left out is not put on the menu
            }
            Macros m = p.counted() ? p.macros() : Macros.ZERO;
            foods.add(new PlannedFood(p.food().id(), p.food().name(), p.amount(), p.food().basis(), p.counted(),
                    DayTotals.r3(m.fatG()), DayTotals.r3(m.proteinG()), DayTotals.r3(m.carbohydrate(conv)),
                    DayTotals.r3(m.kcal(conv))));
        }
        MealTarget t = slot.target();
        Macros tot = meal.totals();
        return new PlannedMeal(slot.slot().name(), slot.slot().time(), recipeId, recipeName, directions,
                DayTotals.totals(t.kcal(), t.fatG(), t.proteinG(), t.carbG()), foods,
                DayTotals.totals(tot.kcal(conv), tot.fatG(), tot.proteinG(), tot.carbohydrate(conv)),
                meal.withinTolerance(), slot.slot().kind(), null);
    }
}
