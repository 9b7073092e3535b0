package org.ketoplan.diary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.food.FoodDatabases;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.plan.DayChecks;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.plan.PlanMedicine;
import org.ketoplan.plan.PlanPatient;
import org.ketoplan.plan.PlanPrescription;
import org.ketoplan.plan.PlanSlot;
import org.ketoplan.plan.PlanTolerances;
import org.ketoplan.plan.PlanTotals;
import org.ketoplan.plan.PlannedFood;
import org.ketoplan.plan.PlannedMeal;

/**
 * A four-week plan whose arithmetic is easy by hand, and a diary for it.
 *
 * <p>Foods per 100 g: oil = fat 100; egg = fat 10, protein 10; berry = carbohydrate 12 of which fibre 2 (net 10).
 * Every meal (breakfast, lunch, dinner) is oil 20 g + egg 40 g + berry 40 g: fat 20 + 4 = 24 g, protein 4 g, net
 * carbohydrate 4 g; kcal 9 x 24 + 4 x 4 + 4 x 4 = 248; ratio 24 / (4 + 4) = 3. The day: 744 kcal, fat 72, protein
 * 12, carbohydrate 12. Plan days 2026-01-05 (a Monday) to 2026-02-01.
 *
 * <p>Off-plan: biscuit per 100 g = fat 20, protein 5, carbohydrate 70 (no fibre); 10 g = fat 2, protein 0.5, carb 7.
 */
final class DiaryFixture {
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final List<String> SLOTS = List.of("breakfast", "lunch", "dinner");

    private DiaryFixture() {
    }

    static Plan plan() {
        PlanFood oil = new PlanFood("oil", "Oil", "g", Map.of("fat_g", 100.0));
        PlanFood egg = new PlanFood("egg", "Egg", "g", Map.of("fat_g", 10.0, "protein_g", 10.0));
        PlanFood berry = new PlanFood("berry", "Berry", "g", Map.of("carbohydrate_g", 12.0, "fibre_g", 2.0));
        PlanTotals target = new PlanTotals(248, 24, 4, 4, 3);
        List<PlanDay> days = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            List<PlannedMeal> meals = new ArrayList<>();
            for (String slot : SLOTS) {
                meals.add(new PlannedMeal(slot, null, null, "Oil, egg and berries", List.of(), target, List.of(
                        new PlannedFood("oil", "Oil", 20, "g", true, 20, 0, 0, 180),
                        new PlannedFood("egg", "Egg", 40, "g", true, 4, 4, 0, 52),
                        new PlannedFood("berry", "Berry", 40, "g", true, 0, 0, 4, 16)), target, true));
            }
            days.add(new PlanDay(START.plusDays(i), meals, new PlanTotals(744, 72, 12, 12, 3),
                    new DayChecks(100, 100, 0, 0, List.of())));
        }
        List<PlanSlot> slots = SLOTS.stream().map(s -> new PlanSlot(s, null, "meal", 248, 3, 24, 4, 4)).toList();
        return new Plan(Plan.FORMAT_VERSION, "test", 1,
                new PlanPatient("Test Child", null, 18, 8, null, List.of()),
                new PlanPrescription(744, 3, 72, 12, 12, CarbConvention.NET, 0, 800, slots,
                        List.<PlanMedicine>of(), Map.of()),
                new PlanTolerances(0.1, 5, 1), List.of(oil, egg, berry), days, List.of());
    }

    static Food biscuit() {
        return new Food("biscuit", "Biscuit", "Snacks", null, Nutrients.builder().set(Nutrient.FAT, 20)
                .set(Nutrient.PROTEIN, 5).set(Nutrient.CARBOHYDRATE, 70).set(Nutrient.FIBRE, 0).build(),
                List.of(), "test", "");
    }

    static FoodDatabase database() {
        return FoodDatabases.of(List.of(biscuit()), "test");
    }

    /** The YAML food file with the biscuit, for the CLI's --foods. */
    static Path biscuitFile(Path dir) throws IOException {
        Path f = dir.resolve("biscuit.yaml");
        Files.writeString(f, """
                foods:
                  - id: biscuit
                    name: Biscuit
                    per_100g: {fat_g: 20, protein_g: 5, carbohydrate_g: 70, fibre_g: 0}
                    source: test
                """);
        return f;
    }

    static LocalDate day(int n) {
        return START.plusDays(n - 1);
    }

    /**
     * The four weeks' diary (see {@code AdherenceTest} for the figures worked out from it).
     *
     * <ul>
     * <li>Days 1-7 and 15-18: every meal as planned. Days 8-14: breakfast and lunch as planned, dinner at 80 %
     * (oil 16, egg 32, berry 32). Days 19-21: breakfast as planned, nothing else logged. Day 22: breakfast as
     * planned plus 10 g biscuit, lunch refused, dinner as planned. Days 23-28: no meals logged.</li>
     * <li>days.csv: 7 baseline days before the start with 6 seizures (weight 8.0 on the last); week 1: 4 seizures,
     * BHB 1.5, urine small (days 1-3) and moderate (4-7), sleep 11, weight 8.1 on day 7; week 2: 3 seizures,
     * BHB 3.0, urine "1.5" (day 8) and large (day 9), sleep 10, weight 8.2 on day 14; days 15-18: 2 seizures,
     * BHB 4.0; days 19-21: 4 seizures, BHB 5.5, ill; sleep 9 on days 15-21; day 22: 5 seizures, BHB 2.0;
     * days 23-28: 2 seizures; weight 8.1 on day 28.</li>
     * </ul>
     */
    static void writeDiary(Path dir) {
        List<MealEntry> meals = new ArrayList<>();
        for (int n = 1; n <= 22; n++) {
            LocalDate d = day(n);
            for (String slot : SLOTS) {
                boolean dinner = slot.equals("dinner");
                if (n >= 19 && n <= 21 && !slot.equals("breakfast")) {
                    continue;
                }
                if (n == 22 && slot.equals("lunch")) {
                    meals.add(MealEntry.refused(d, slot, "would not eat"));
                    continue;
                }
                double f = n >= 8 && n <= 14 && dinner ? 0.8 : 1;
                meals.add(new MealEntry(d, slot, "oil", 20.0, 20 * f, ""));
                meals.add(new MealEntry(d, slot, "egg", 40.0, 40 * f, ""));
                meals.add(new MealEntry(d, slot, "berry", 40.0, 40 * f, ""));
                if (n == 22 && slot.equals("breakfast")) {
                    meals.add(new MealEntry(d, slot, "biscuit", null, 10, "at nursery"));
                }
            }
        }
        DiaryFiles.appendMeals(dir, meals);
        List<DayEntry> days = new ArrayList<>();
        for (int n = -6; n <= 0; n++) {
            days.add(new DayEntry(day(n), 6, null, null, null, n == 0 ? 8.0 : null, null, null, "baseline"));
        }
        for (int n = 1; n <= 28; n++) {
            Integer seizures;
            Double bhb = null;
            UrineKetones urine = null;
            Double sleep = null;
            Double weight = null;
            Boolean ill = null;
            if (n <= 7) {
                seizures = 4;
                bhb = 1.5;
                urine = UrineKetones.parse(n <= 3 ? "small" : "moderate");
                sleep = 11.0;
                weight = n == 7 ? 8.1 : null;
            } else if (n <= 14) {
                seizures = 3;
                bhb = 3.0;
                urine = n == 8 ? UrineKetones.parse("1.5") : n == 9 ? UrineKetones.parse("large") : null;
                sleep = 10.0;
                weight = n == 14 ? 8.2 : null;
            } else if (n <= 18) {
                seizures = 2;
                bhb = 4.0;
                sleep = 9.0;
            } else if (n <= 21) {
                seizures = 4;
                bhb = 5.5;
                sleep = 9.0;
                ill = true;
            } else if (n == 22) {
                seizures = 5;
                bhb = 2.0;
            } else {
                seizures = 2;
                weight = n == 28 ? 8.1 : null;
            }
            days.add(new DayEntry(day(n), seizures, null, bhb, urine, weight, sleep, ill, ""));
        }
        DiaryFiles.appendDays(dir, days);
    }
}
