package org.ketoplan.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.AmountLimits;
import org.ketoplan.compose.ComposedMeal;
import org.ketoplan.compose.MealComposer;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.plan.RecipeMeal;
import org.ketoplan.plan.RecipeMeals;
import org.ketoplan.plan.SlotRules;
import org.ketoplan.prescription.DailyPrescription;
import org.ketoplan.prescription.MealTarget;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;
import org.ketoplan.prescription.Prescriber;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.recipe.Slot;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The planner's workload of {@link RecipeSlotsBenchmark#composePlannerSlots}: every shipped recipe for every slot of
 * three children with their default meal patterns, at 1:1 to 4:1, the day's feeds as one batch, the child's caps;
 * with the guard that the integer program finds no meal the rounding search missed.
 */
@State(Scope.Benchmark)
public class PlannerSlots {
    /** 3 months 6 kg at 3:1, 9 months 8 kg at 4:1, 2 years 12 kg at 3:1; meals by the default pattern. */
    static final List<String> PATIENTS = List.of(
            "name: Three months\nage_months: 3\nweight_kg: 6\nprescription: {ratio: 3}\n",
            "name: Nine months\nage_months: 9\nweight_kg: 8\nprescription: {ratio: 4}\n",
            "name: Two years\nage_months: 24\nweight_kg: 12\nprescription: {ratio: 3}\n");

    final MealComposer composer = new MealComposer(false);
    final List<RecipeMeal> requests = new ArrayList<>();
    int next;

    @Setup
    public void load() {
        FoodDatabase foods = FoodDatabases.shipped();
        RecipeLibrary library = Recipes.shipped();
        MealComposer fallback = new MealComposer();
        int pairs = 0;
        int between = 0;
        List<String> missed = new ArrayList<>();
        for (String yaml : PATIENTS) {
            Patient p = PatientFile.read("bench.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            for (DailyPrescription rx : Prescriber.ramp(p, LocalDate.of(2026, 12, 1), List.of(1.0, 2.0, 3.0, 4.0))) {
                List<MealTarget> targets = new ArrayList<>();
                List<Slot> slots = new ArrayList<>();
                double f = 0;
                double pr = 0;
                double c = 0;
                int meals = rx.meals().size();
                for (int k = 0; k < rx.slots().size(); k++) {
                    MealTarget t = rx.slots().get(k);
                    if (k < meals && rx.isFeed(t.name())) {
                        f += t.fatG();
                        pr += t.proteinG();
                        c += t.carbG();
                    } else {
                        targets.add(t);
                        slots.add(SlotRules.forMeal(t.name(), k >= meals, k, meals));
                    }
                }
                if (f > 0) {
                    targets.add(MealTarget.ofMacros("feeds", f, pr, c, rx.carbs()));
                    slots.add(Slot.FEED);
                }
                AmountLimits caps = AmountLimits.forChild(rx.weightKg());
                for (int k = 0; k < targets.size(); k++) {
                    AmountLimits limits = slots.get(k) == Slot.FEED ? caps.withoutCaps() : caps;
                    for (Recipe r : library.all()) {
                        if (!r.suits(slots.get(k)) || !r.suitsAge(rx.ageMonths())) {
                            continue;
                        }
                        pairs++;
                        RecipeMeal m = RecipeMeals.request(r, targets.get(k), foods, 1, Tolerances.DEFAULT, limits);
                        try {
                            m.compose(composer);
                            requests.add(m);
                        } catch (NoSolutionException e) {
                            if (e.getMessage().contains("fall between the scale's")) {
                                between++;
                                try {
                                    ComposedMeal found = fallback.composeByIntegerProgram(m.request(), 2_000);
                                    missed.add(p.name() + " " + targets.get(k).name() + " at "
                                            + rx.prescribedRatio() + ":1, " + r.id() + ": " + found.portions());
                                } catch (NoSolutionException none) {
                                    // the integer program finds nothing either
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.println("planner pairs " + pairs + ", composed " + requests.size() + ", between the steps "
                + between + ", of which the integer program found " + missed.size());
        if (!missed.isEmpty()) {
            throw new IllegalStateException("the rounding search missed meals the integer program found: " + missed);
        }
    }
}
