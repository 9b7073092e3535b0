package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ketoplan.recipe.ProteinSource;
import org.junit.jupiter.api.Test;

/** The planner's variety score: which recipe a slot tries first. */
class VarietyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    private static Variety.Serving served(int daysBefore, String slot, String recipe, ProteinSource source) {
        return new Variety.Serving(DAY.minusDays(daysBefore), slot, recipe, source);
    }

    private static final List<Variety.Serving> WEEK = List.of(
            served(0, "breakfast", "egg-custard", ProteinSource.EGG),
            served(1, "lunch", "fish-pie", ProteinSource.FISH),
            served(1, "breakfast", "omelette", ProteinSource.EGG),
            served(3, "lunch", "fish-pie", ProteinSource.FISH),
            served(6, "lunch", "chicken-puree", ProteinSource.MEAT),
            served(7, "lunch", "chicken-puree", ProteinSource.MEAT)); // 7 days before: outside the window

    @Test
    void aRecipeServedTodayBreaksTheFirstRule() {
        assertEquals(new Variety(2, 2, 1), Variety.of(WEEK, DAY, "lunch", "egg-custard", ProteinSource.EGG));
    }

    @Test
    void theSameRecipeInTheSameSlotYesterdayBreaksTheSecond() {
        // fish-pie at lunch yesterday and 3 days ago: level 1, 2 fish servings, 2 uses
        assertEquals(new Variety(1, 2, 2), Variety.of(WEEK, DAY, "Lunch", "fish-pie", ProteinSource.FISH));
        // for dinner it breaks no rule
        assertEquals(new Variety(0, 2, 2), Variety.of(WEEK, DAY, "dinner", "fish-pie", ProteinSource.FISH));
    }

    @Test
    void theWindowIsTheDayAndTheSixBefore() {
        // chicken-puree 6 days before counts, 7 days before does not
        assertEquals(new Variety(0, 1, 1), Variety.of(WEEK, DAY, "lunch", "chicken-puree", ProteinSource.MEAT));
        assertEquals(new Variety(0, 0, 0), Variety.of(WEEK, DAY, "lunch", "seed-porridge", ProteinSource.PLANT));
    }

    @Test
    void recipesAreTriedLeastRepetitiveFirst() {
        // scores: seed-porridge (0, 0, 0) -> 0; chicken-puree (0, 1, 1) -> 1 + 2 x 1 = 3; fish-pie at dinner
        // (0, 2, 2) -> 2 + 2 x 2 = 6; a new egg recipe (0, 2, 0) -> 2: before chicken-puree, whose own serving
        // counts twice; fish-pie at lunch breaks a rule, egg-custard (served today) the worse one
        List<String> order = new ArrayList<>(List.of("egg-custard", "fish-pie@lunch", "fish-pie@dinner",
                "chicken-puree", "egg-new", "seed-porridge"));
        order.sort(Comparator.comparing(VarietyTest::score, Variety.LEAST_REPETITIVE_FIRST));
        assertEquals(List.of("seed-porridge", "egg-new", "chicken-puree", "fish-pie@dinner", "fish-pie@lunch",
                "egg-custard"), order);
    }

    private static Variety score(String which) {
        return switch (which) {
            case "egg-custard" -> Variety.of(WEEK, DAY, "lunch", "egg-custard", ProteinSource.EGG);
            case "fish-pie@lunch" -> Variety.of(WEEK, DAY, "lunch", "fish-pie", ProteinSource.FISH);
            case "fish-pie@dinner" -> Variety.of(WEEK, DAY, "dinner", "fish-pie", ProteinSource.FISH);
            case "chicken-puree" -> Variety.of(WEEK, DAY, "lunch", "chicken-puree", ProteinSource.MEAT);
            case "egg-new" -> Variety.of(WEEK, DAY, "lunch", "egg-new", ProteinSource.EGG);
            default -> Variety.of(WEEK, DAY, "lunch", "seed-porridge", ProteinSource.PLANT);
        };
    }

    @Test
    void eachCriterionDecidesOnlyWhereTheOnesBeforeItTie() {
        // (rules broken, source servings, recipe servings); weighted servings = sources + 2 x recipe:
        // (0, 3, 0) -> 3; (0, 4, 0), (0, 2, 1) and (0, 0, 2) -> 4 each, so the recipe served least comes first;
        // (0, 6, 3) -> 12; then every recipe that breaks a rule, however little served: (1, 0, 0) -> 0 before
        // (1, 5, 5) -> 15, and the worse rule (2: served today) last. Given in an order that a sort missing or
        // swapping a criterion (or weighing the recipe's servings otherwise) would not put right.
        List<Variety> order = new ArrayList<>(List.of(new Variety(2, 0, 0), new Variety(1, 5, 5),
                new Variety(1, 0, 0), new Variety(0, 0, 2), new Variety(0, 2, 1), new Variety(0, 6, 3),
                new Variety(0, 4, 0), new Variety(0, 3, 0)));
        order.sort(Variety.LEAST_REPETITIVE_FIRST);
        assertEquals(List.of(new Variety(0, 3, 0), new Variety(0, 4, 0), new Variety(0, 2, 1), new Variety(0, 0, 2),
                new Variety(0, 6, 3), new Variety(1, 0, 0), new Variety(1, 5, 5), new Variety(2, 0, 0)), order);
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Variety(4, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Variety(0, -1, 0));
    }
}
