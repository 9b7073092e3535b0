package org.ketoplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanFood;
import org.ketoplan.food.HouseholdMeasure;
import org.junit.jupiter.api.Test;

class ShoppingListTest {
    // USDA SR household measures (gram weights as in the SR weight table)
    static final List<HouseholdMeasure> BUTTER = List.of(new HouseholdMeasure(1, "pat (1\" sq, 1/3\" high)", 5),
            new HouseholdMeasure(1, "tbsp", 14.2), new HouseholdMeasure(1, "cup", 227),
            new HouseholdMeasure(1, "stick", 113));
    static final List<HouseholdMeasure> YOLK = List.of(new HouseholdMeasure(1, "cup", 243),
            new HouseholdMeasure(1, "large", 17));
    static final List<HouseholdMeasure> CREAM = List.of(new HouseholdMeasure(1, "cup, fluid", 238),
            new HouseholdMeasure(1, "tbsp", 15));

    @Test
    void countableItemsAreCountedWhenTheyMakeSense() {
        // 560 g butter = 4.96 sticks (113 g), not 2.5 cups; 420 g yolk = 24.7 large yolks (17 g)
        assertEquals("stick", ShoppingList.measure(BUTTER, 560).orElseThrow().name());
        assertEquals("large", ShoppingList.measure(YOLK, 420).orElseThrow().name());
    }

    @Test
    void otherwiseTheLargestMeasureTheTotalFills() {
        // 1960 g cream = 8.2 cups; 10 g cream is less than any measure: the smallest, 1 tbsp
        assertEquals("cup, fluid", ShoppingList.measure(CREAM, 1960).orElseThrow().name());
        assertEquals("tbsp", ShoppingList.measure(CREAM, 10).orElseThrow().name());
        // 20 kg of yolk would be 1176 large yolks: counted in cups instead
        assertEquals("cup", ShoppingList.measure(YOLK, 20000).orElseThrow().name());
        assertTrue(ShoppingList.measure(List.of(), 100).isEmpty());
        // spelled-out volumes are volumes too: 756 g olive oil = 3.5 cups, not 56 tablespoons
        assertEquals("cup", ShoppingList.measure(List.of(new HouseholdMeasure(1, "tablespoon", 13.5),
                new HouseholdMeasure(1, "cup", 216)), 756).orElseThrow().name());
    }

    @Test
    void tapWaterIsNotBoughtAndCookedWeightsSaySo() {
        // two days, each with 17 g cooked chicken and 100 ml tap water at lunch: the list has the chicken
        // (34 g) with a note to buy it raw, and no water; the water's total (200 ml) is named apart
        PlanFood water = PlanFixtures.food("14411", "Water, tap, drinking", "ml", 0, 0, 0, 0, 100, 3, 0);
        List<org.ketoplan.plan.PlanDay> days = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            days.add(PlanFixtures.day(PlanFixtures.START.plusDays(i), List.of(PlanFixtures.meal("lunch", "12:00",
                    null, "Chicken", List.of(), PlanFixtures.target(100, 10, 1.5, 1),
                    PlanFixtures.item(PlanFixtures.CHICKEN, 17), PlanFixtures.item(water, 100)))));
        }
        Plan plan = PlanFixtures.plan(days, 1, water);
        List<ShoppingList.Item> items = ShoppingList.of(plan, null);
        assertEquals(1, items.size());
        assertEquals("05064", items.get(0).id());
        assertEquals(34, items.get(0).total(), 1e-9);
        assertTrue(items.get(0).note().contains("buy it raw"), items.get(0).note());
        assertEquals(Map.of("14411", 200.0), ShoppingList.tapWater(plan));
    }
}
