package org.ketoplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.NoSolutionException;
import org.ketoplan.compose.Tolerances;
import org.ketoplan.food.Allergen;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.Patient;
import org.ketoplan.recipe.RecipeFile;
import org.ketoplan.recipe.RecipeLibrary;
import org.ketoplan.recipe.Recipes;
import org.ketoplan.safety.Child;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.safety.SafetyRules;
import org.ketoplan.safety.Serving;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans for children with allergies and for young infants: nothing unsafe is served, and every meal composes. */
class SafePlansTest {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final String ONE_YEAR = """
            name: One Year
            age_months: 12
            weight_kg: 9.5
            prescription:
              ratio: "3:1"
              meals:
                - {name: breakfast, time: "07:30"}
                - {name: lunch, time: "12:00"}
                - {name: dinner, time: "17:30"}
              snacks: [{name: snack, time: "15:00", kcal: 120, ratio: 3}]
            """;
    static final String FEEDS = """
              meals:
                - {name: feed 1, time: "06:00"}
                - {name: feed 2, time: "10:00"}
                - {name: feed 3, time: "14:00"}
                - {name: feed 4, time: "18:00"}
                - {name: feed 5, time: "22:00"}
            """;
    static FoodDatabase foods;

    @BeforeAll
    static void load() {
        foods = PlanFixtures.shippedFoods();
    }

    static Plan plan(Patient p, int days, RecipeLibrary recipes) {
        return new MenuPlanner(foods, recipes).plan(p, new MenuPlanner.Settings(START, days, 1, 1,
                Tolerances.DEFAULT));
    }

    /** Every food a plan serves, as the shipped database (and so foods/allergens.csv) has it. */
    static List<Food> served(Plan plan) {
        return plan.days().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.foods().stream())
                .map(f -> foods.byId(f.id()).orElseThrow()).toList();
    }

    static void allergenFreeForFourWeeks(Allergen group) {
        Patient p = PlanFixtures.patient(ONE_YEAR + "allergies: [" + group.word() + "]\n");
        Plan plan = plan(p, 28, Recipes.shipped());
        assertEquals(28, plan.days().size());
        for (PlanDay d : plan.days()) {
            assertEquals(4, d.meals().size(), d.date().toString());
            for (PlannedMeal m : d.meals()) {
                assertTrue(m.withinTolerance(), d.date() + " " + m.slot());
                for (PlannedFood f : m.foods()) {
                    Food food = foods.byId(f.id()).orElseThrow();
                    // checked against the committed table: not of the group, and known to be free of it
                    assertFalse(food.allergens().groups().contains(group), d.date() + " " + m.slot() + ": "
                            + food.name());
                    assertTrue(food.allergens().complete(), d.date() + " " + m.slot() + ": " + food.name()
                            + " is not known to be free of " + group.word());
                }
            }
        }
        assertEquals(List.of(group.word()), plan.patient().allergies()); // stored for plan --from and the diary
    }

    @Test
    void aMilkFreeFourWeekPlanForATwelveMonthOldComposesEveryMeal() {
        allergenFreeForFourWeeks(Allergen.MILK);
    }

    @Test
    void anEggFreeFourWeekPlanForATwelveMonthOldComposesEveryMeal() {
        allergenFreeForFourWeeks(Allergen.EGG);
    }

    @Test
    void coconutMilkAndTahiniAreAllowedWhenOnlyMilkOrTreeNutsAreExcluded() {
        // the rule for coconut: no tree nut (EU 1169/2011 Annex II does not list it; the FDA removed it in Jan 2025)
        Food coconutMilk = foods.byId("12118").orElseThrow();
        Food tahini = foods.byId("12166").orElseThrow();
        Food almondButter = foods.byId("12195").orElseThrow();
        for (String allergy : List.of("milk", "tree nuts")) {
            SafetyPolicy p = SafetyPolicy.of(new Child(24, 12.0, Child.allergies(List.of(allergy)), List.of(),
                    List.of()), foods, SafetyPolicy.Options.NONE);
            assertTrue(p.refusal(coconutMilk, Serving.LOOSE).isEmpty(), allergy);
            assertTrue(p.refusal(tahini, Serving.LOOSE).isEmpty(), allergy);
        }
        SafetyPolicy nuts = SafetyPolicy.of(new Child(24, 12.0, Set.of(Allergen.TREE_NUTS), List.of(), List.of()),
                foods, SafetyPolicy.Options.NONE);
        assertTrue(nuts.refusal(almondButter, Serving.LOOSE).orElseThrow().contains("contains tree nuts"));
        // the recipes too: the coconut curry for a child allergic to tree nuts, the tahini mash for one allergic to milk
        RecipeLibrary lib = Recipes.shipped();
        assertTrue(nuts.refusal(lib.find("coconut-chicken-curry").recipe(), foods).isEmpty());
        SafetyPolicy milk = SafetyPolicy.of(new Child(24, 12.0, Set.of(Allergen.MILK), List.of(), List.of()), foods,
                SafetyPolicy.Options.NONE);
        assertTrue(milk.refusal(lib.find("avocado-tahini-mash").recipe(), foods).isEmpty());
        // a dislike by word still removes by name: 'milk' in exclude_foods takes coconut milk too, and says so
        SafetyPolicy word = SafetyPolicy.of(new Child(24, 12.0, Set.of(), List.of(), List.of("milk")), foods,
                SafetyPolicy.Options.NONE);
        assertTrue(word.refusal(coconutMilk, Serving.LOOSE).orElseThrow().contains("exclude_foods 'milk'"));
        assertTrue(word.notices(List.of()).get(0).contains("'milk' (a word) leaves out"), word.notices(List.of())
                .toString());
    }

    @Test
    void aThreeMonthOldsPlanHasNoProductOutsideItsAge() {
        Patient p = PlanFixtures.patient("name: Baby\nage_months: 3\nweight_kg: 6\nprescription:\n  ratio: 3\n"
                + FEEDS);
        Plan plan = plan(p, 7, Recipes.shipped());
        SafetyRules rules = SafetyRules.shipped();
        for (Food f : served(plan)) {
            rules.product(f.id()).filter(SafetyRules.ProductIndication::verified).ifPresent(i ->
                    assertTrue(i.fromMonths() <= 3, f.id() + " is for ages from " + i.fromMonths() + " months"));
        }
        assertTrue(served(plan).stream().noneMatch(f -> f.id().equals("ketocal-4to1-powder")));
        // the products whose age indication was not verified are named on the plan
        long unverified = served(plan).stream().map(Food::id).distinct().filter(id -> rules.product(id)
                .filter(i -> !i.verified()).isPresent()).peek(id -> assertTrue(plan.notes().stream().anyMatch(n ->
                n.startsWith("age indication not verified: check the label: ") && n.endsWith("[" + id + "]")),
                id + ": " + plan.notes())).count();
        assertTrue(unverified > 0, "the feeds use KetoCal 3:1 or a fat or protein module: " + served(plan));
    }

    @Test
    void aKetoCalFedInfantsDayCheckShowsTheLabelValues() {
        // a 9-month-old on KetoCal 4:1 feeds, given outside its label's "over 1 year" by a recorded exception
        RecipeLibrary only = new RecipeLibrary(List.of(RecipeFile.read("k.yaml", new ByteArrayInputStream("""
                name: KetoCal 4:1 feed
                slots: [feed]
                min_age_months: 0
                texture: drink
                protein_source: formula
                reference_kcal: 130
                ingredients:
                  - {food: ketocal-4to1-powder, role: formula, grams: 18.5, min: 5, max: 40}
                directions: [Make up with water.]
                """.getBytes(StandardCharsets.UTF_8)), "ketocal-4to1-feed")));
        // protein as KetoCal 4:1 brings it: 14.4 g per 692 kcal = 2.08 g per 100 kcal (a feed of one product alone
        // keeps the product's protein; the protein band holds each feed within +-10 % of the prescription's)
        String patient = "name: Baby\nage_months: 9\nweight_kg: 8\nprescription:\n  ratio: 4\n"
                + "  protein_g_per_100kcal: 2.08\n" + FEEDS;
        NoSolutionException refused = assertThrows(NoSolutionException.class,
                () -> plan(PlanFixtures.patient(patient), 1, only));
        assertTrue(refused.getMessage().contains("is outside its age indication for a child of 9 months: 'designed "
                + "for individuals over 1 year'"), refused.getMessage());
        Plan plan = plan(PlanFixtures.patient(patient + "allow: [{product: ketocal-4to1-powder, reason: \"the "
                + "dietitian's choice\"}]\n"), 1, only);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("allowed outside its age indication: KetoCal "
                + "4:1 powder (Nutricia) [ketocal-4to1-powder] for a child of 9 months") && n.endsWith("reason: the "
                + "dietitian's choice")), plan.notes().toString());
        PlanDay day = plan.days().get(0);
        double grams = day.meals().stream().flatMap(m -> m.foods().stream()).mapToDouble(PlannedFood::amount).sum();
        DayChecks c = day.checks();
        // label per 100 g: calcium 700 mg, iron 7 mg, vitamin D 10.5 ug; DRI 7-12 months 260 mg, 11 mg, 10 ug
        DayChecks.NutrientCheck calcium = check(c, "calcium_mg");
        assertEquals(Math.round(grams * 7.0 * 1000) / 1000.0, calcium.amount(), 1e-9);
        assertTrue(calcium.pct() > 100 && !calcium.needsSupplement() && !calcium.unknown());
        DayChecks.NutrientCheck vitD = check(c, "vitamin_d_ug");
        assertEquals(Math.round(grams * 0.105 * 1000) / 1000.0, vitD.amount(), 1e-9);
        DayChecks.NutrientCheck iron = check(c, "iron_mg");
        assertEquals(Math.round(grams * 0.07 * 1000) / 1000.0, iron.amount(), 1e-9);
        assertTrue(iron.unknownIn().isEmpty());
        // 9 months, 8 kg: 648.18 kcal at 4:1 in 5 feeds; KetoCal 4:1 gives 9 x 69.2 + 4 x (14.4 + 2.9) = 692 kcal per
        // 100 g, so about 93.7 g: iron 6.6 mg of 11 = 60 %, a real shortfall, stated as such (not unknown)
        assertEquals(iron.amount() / 11 * 100, iron.pct(), 0.05);
        assertTrue(iron.needsSupplement());
    }

    @Test
    void anRcfFedInfantsMineralsAreUnknownNotZero() {
        // Ross Carbohydrate Free's label gives its vitamins but its minerals were not read: unknown, never 0 %
        Patient p = PlanFixtures.patient("name: Baby\nage_months: 3\nweight_kg: 6\nprescription:\n  ratio: 3\n"
                + FEEDS);
        for (PlanDay d : plan(p, 3, Recipes.shipped()).days()) {
            DayChecks.NutrientCheck calcium = check(d.checks(), "calcium_mg");
            assertTrue(calcium.unknown(), calcium.toString());
            assertFalse(calcium.needsSupplement());
        }
    }

    @Test
    void anEightyKiloNineMonthOldIsRefusedUnlessAccepted() {
        Patient p = PlanFixtures.patient("name: Heavy\nage_months: 9\nweight_kg: 80\nprescription:\n  ratio: 4\n"
                + FEEDS);
        BadInputException e = assertThrows(BadInputException.class, () -> plan(p, 1, Recipes.shipped()));
        // WHO 9 months: girls' 0.1st 5.70 to boys' 99.9th 12.39 kg; refused past twice 12.39 = 24.78 kg
        assertTrue(e.getMessage().startsWith("weight_kg: 80 kg is not plausible at 9 months: the WHO weight-for-age "
                + "0.1st to 99.9th percentile at 9 months is 5.70 to 12.39 kg"), e.getMessage());
        assertTrue(e.getMessage().contains("(2.85 to 24.78 kg)"), e.getMessage());
        // a weight just above the 99.9th percentile is a warning printed with the plan
        Plan heavy = plan(PlanFixtures.patient("name: Big\nage_months: 9\nweight_kg: 13\nprescription:\n  ratio: 4\n"
                + FEEDS), 1, Recipes.shipped());
        assertTrue(heavy.notes().stream().anyMatch(n -> n.startsWith("weight 13 kg is above the WHO weight-for-age")),
                heavy.notes().toString());
    }

    @Test
    void honeySaltAndWholeNutsInAUsersRecipeAreRefusedAndAnOverrideIsPrinted() {
        RecipeLibrary honey = new RecipeLibrary(List.of(RecipeFile.read("h.yaml", new ByteArrayInputStream("""
                name: Yolk custard with honey
                slots: [breakfast, lunch, dinner, snack]
                min_age_months: 6
                texture: smooth purée
                protein_source: egg
                reference_kcal: 160
                ingredients:
                  - {food: "01125", role: protein, grams: 17, min: 8, max: 30}
                  - {food: "01053", role: cream, grams: 22, min: 5, max: 60}
                  - {food: "04053", role: fat, grams: 4, min: 0, max: 15}
                  - {food: "19296", role: carbohydrate, grams: 1, min: 1, max: 1}
                  - {food: "09040", role: carbohydrate, grams: 10, min: 0, max: 30}
                directions: [Whisk and bake.]
                """.getBytes(StandardCharsets.UTF_8)), "honey-custard")));
        String sixMonths = "name: Six\nage_months: 6\nweight_kg: 7.5\nprescription:\n  ratio: 3\n  meals: "
                + "[{name: breakfast}, {name: lunch}, {name: dinner}]\n";
        NoSolutionException e = assertThrows(NoSolutionException.class,
                () -> plan(PlanFixtures.patient(sixMonths), 1, honey));
        assertTrue(e.getMessage().contains("19296 (Honey): honey not under 12 months (this child: 6 months): risk of "
                + "infant botulism; rule honey, CDC."), e.getMessage());
        Plan allowed = plan(PlanFixtures.patient(sixMonths + "allow: [{rule: honey, reason: test}]\n"), 1, honey);
        assertTrue(allowed.notes().stream().anyMatch(n -> n.startsWith("allowed by the patient file: Honey [19296] "
                + "for a child of 6 months, against rule honey") && n.endsWith("reason: test")),
                allowed.notes().toString());
    }

    @Test
    void aRecipesOwnAllergenDeclarationCountsAndMustCoverItsFoods() {
        String chicken = """
                name: Chicken and avocado
                slots: [lunch]
                min_age_months: 6
                texture: smooth purée
                protein_source: meat
                reference_kcal: 160
                allergens: [milk]
                ingredients:
                  - {food: "05064", role: protein, grams: 12}
                  - {food: "09037", role: fat, grams: 40}
                  - {food: "04053", role: fat, grams: 8}
                directions: [Blend.]
                """;
        // the author says the dish holds milk (a stock, say): a milk-allergic child does not get it
        var declared = RecipeFile.read("d.yaml", new ByteArrayInputStream(chicken.getBytes(StandardCharsets.UTF_8)),
                "d");
        org.ketoplan.recipe.RecipeChecks.check(declared, foods);
        SafetyPolicy milk = SafetyPolicy.of(new Child(12, 9.5, Set.of(Allergen.MILK), List.of(), List.of()), foods,
                SafetyPolicy.Options.NONE);
        assertEquals("the recipe declares milk, to which the child is allergic",
                milk.refusal(declared.recipe(), foods).orElseThrow());
        // a declaration that misses a food's group is refused where it is written
        var wrong = RecipeFile.read("w.yaml", new ByteArrayInputStream(chicken.replace("allergens: [milk]",
                "allergens: [egg]").replace("{food: \"04053\", role: fat, grams: 8}", "{food: \"01053\", role: "
                + "cream, grams: 8}").getBytes(StandardCharsets.UTF_8)), "w");
        BadInputException e = assertThrows(BadInputException.class,
                () -> org.ketoplan.recipe.RecipeChecks.check(wrong, foods));
        assertEquals("w.yaml:1: allergens: the recipe declares [egg] but 01053 (Cream, fluid, heavy whipping) "
                + "contains milk; add it", e.getMessage());
    }

    private static DayChecks.NutrientCheck check(DayChecks c, String key) {
        return c.micronutrients().stream().filter(n -> n.nutrient().equals(key)).findFirst().orElseThrow();
    }
}
