package org.ketoplan.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.food.Allergen;
import org.ketoplan.food.Food;
import org.ketoplan.food.FoodDatabase;
import org.ketoplan.prescription.Allowance;
import org.ketoplan.recipe.RecipeIngredient;
import org.ketoplan.recipe.LoadedRecipe;
import org.ketoplan.recipe.Recipe;
import org.ketoplan.recipe.Texture;

/**
 * What may reach this child: the one place every path (plan, plan extension, plan fix, meal, recipe fit, formula,
 * meal log) asks before a food goes in front of a child.
 *
 * <p>A food is refused when it contains an allergen group the child is allergic to; when the child has an allergy
 * and the food is not known to be free of that group (a food whose allergens are unknown, or a mixed food whose
 * list is not complete), unless the patient file vouches for it after its label was read ({@code allow: [{food:
 * ID}]}); when the family's {@code exclude_foods} names it; when a food-safety rule of {@link SafetyRules} applies
 * at the child's age; or when it is a product outside its verified age indication. The last two can be lifted by
 * a recorded exception ({@code allow: [{rule: ID}]}, {@code allow: [{product: ID}]}), which {@link #notices}
 * prints with every output that uses the food. A product whose age indication is not verified is allowed, and
 * the notices say "age indication not verified: check the label".
 */
public final class SafetyPolicy {
    private final Child child;
    private final SafetyRules rules;
    private final List<Allowance> allow;
    private final Exclusions exclusions;
    private final List<String> general;

    private SafetyPolicy(Child child, SafetyRules rules, List<Allowance> allow, Exclusions exclusions,
                         List<String> general) {
        this.child = child;
        this.rules = rules;
        this.allow = List.copyOf(allow);
        this.exclusions = exclusions;
        this.general = List.copyOf(general);
    }

    /**
     * Choices made for one output that are not in the patient file.
     *
     * @param acceptWeight true to accept a weight beyond the hard limits of {@link WeightForAge}
     * @param allowProducts products to give outside their age indication for this output
     */
    public record Options(boolean acceptWeight, List<String> allowProducts) {
        /** Nothing accepted or allowed. */
        public static final Options NONE = new Options(false, List.of());

        /** Copies the list. */
        public Options {
            allowProducts = allowProducts == null ? List.of() : List.copyOf(allowProducts);
        }
    }

    /**
     * The policy for {@code child}: checks the weight for the age and the recorded exceptions, and resolves the
     * exclusions against {@code foods}.
     *
     * @throws BadInputException for an implausible weight (unless accepted), an exception naming an unknown rule,
     *     product or food, or an exclusion that matches no food
     */
    public static SafetyPolicy of(Child child, FoodDatabase foods, Options options) {
        SafetyRules rules = SafetyRules.shipped();
        List<Allowance> allow = new ArrayList<>(child.allow());
        for (String p : options.allowProducts()) {
            allow.add(new Allowance(null, p, null, "allowed for this output only (not recorded in the patient file)"));
        }
        for (int i = 0; i < allow.size(); i++) {
            check(allow.get(i), i, rules, foods);
        }
        List<String> general = new ArrayList<>();
        if (child.ageMonths() == null) {
            general.add("age not given: the food-safety rules by age and the products' age indications were not "
                    + "checked");
        } else if (child.weightKg() != null) {
            WeightForAge.check(rules, child.ageMonths(), child.weightKg(), options.acceptWeight())
                    .ifPresent(general::add);
        }
        Exclusions ex = Exclusions.resolve(child.excludeFoods(), foods);
        general.addAll(ex.summary(foods));
        return new SafetyPolicy(child, rules, allow, ex, general);
    }

    /**
     * Whether the child is plausible, for outputs that use no food (a prescription): the weight warning, if any.
     *
     * @throws BadInputException for a weight beyond the hard limits, unless {@code acceptWeight}
     */
    public static List<String> plausibility(Child child, boolean acceptWeight) {
        if (child.ageMonths() == null || child.weightKg() == null) {
            return List.of();
        }
        return WeightForAge.check(SafetyRules.shipped(), child.ageMonths(), child.weightKg(), acceptWeight).stream()
                .toList();
    }

    private static void check(Allowance a, int i, SafetyRules rules, FoodDatabase foods) {
        if (a.rule() != null && rules.rule(a.rule()).isEmpty()) {
            throw new BadInputException("allow[" + i + "].rule: unknown rule '" + a.rule() + "'; the rules are "
                    + String.join(", ", rules.rules().stream().map(SafetyRules.AgeRule::id).toList()));
        }
        if (a.product() != null && rules.product(a.product()).isEmpty()) {
            throw new BadInputException("allow[" + i + "].product: '" + a.product() + "' is not a product with an "
                    + "age indication; the products are " + String.join(", ", rules.products().stream()
                    .map(SafetyRules.ProductIndication::food).toList()));
        }
        if (a.food() != null && foods.byId(a.food()).isEmpty()) {
            throw new BadInputException("allow[" + i + "].food: '" + a.food() + "' is not a food id");
        }
    }

    /**
     * The policy that checks a recipe at its own youngest age (no allergies): the checks a recipe file must pass
     * to be shipped or shown.
     *
     * @throws BadInputException "file:line: ingredients[i].food: FOOD (NAME) ..." for the first unsafe food
     */
    public static void checkRecipeFile(LoadedRecipe loaded, FoodDatabase foods) {
        Recipe r = loaded.recipe();
        SafetyPolicy p = new SafetyPolicy(new Child(r.minAgeMonths(), null, Set.of(), List.of(), List.of()),
                SafetyRules.shipped(), List.of(), Exclusions.NONE, List.of());
        for (int i = 0; i < r.ingredients().size(); i++) {
            RecipeIngredient in = r.ingredients().get(i);
            Optional<Food> f = foods.byId(in.food());
            if (f.isPresent()) {
                int k = i;
                p.refusal(f.get(), serving(r, in)).ifPresent(why -> {
                    throw BadInputException.at(loaded.place(k) + ": ingredients[" + k + "].food", why
                            + "; or raise min_age_months");
                });
            }
        }
    }

    /** The child this policy is for. */
    public Child child() {
        return child;
    }

    /** Why {@code recipe} must not be served to this child ("ingredient 01001 (Butter, salted) ..."), if so. */
    public Optional<String> refusal(Recipe recipe, FoodDatabase foods) {
        for (Allergen a : recipe.allergens()) {
            if (child.allergies().contains(a)) {
                return Optional.of("the recipe declares " + a.word() + ", to which the child is allergic");
            }
        }
        for (RecipeIngredient in : recipe.ingredients()) {
            Optional<Food> f = foods.byId(in.food());
            if (f.isPresent()) {
                Optional<String> why = refusal(f.get(), serving(recipe, in));
                if (why.isPresent()) {
                    return why;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a recipe before it is composed for this child.
     *
     * @throws BadInputException "RECIPE: FOOD (NAME) contains milk, ..." for the first food the child must not have
     */
    public void check(Recipe recipe, FoodDatabase foods) {
        refusal(recipe, foods).ifPresent(why -> {
            throw new BadInputException(recipe.id() + ": " + why + "; choose another recipe");
        });
    }

    /**
     * Checks loose foods (a meal's foods, a formula's products) before they are composed for this child.
     *
     * @throws BadInputException "FOOD (NAME) ..." for the first food the child must not have
     */
    public void check(Collection<Food> foods, Serving how) {
        for (Food f : foods) {
            refusal(f, how).ifPresent(why -> {
                throw new BadInputException(why);
            });
        }
    }

    /** Why {@code food} served {@code how} must not reach this child, or empty. */
    public Optional<String> refusal(Food food, Serving how) {
        String name = food.id() + " (" + food.name() + ")";
        for (Allergen a : child.allergies()) {
            if (food.allergens().groups().contains(a)) {
                return Optional.of(name + " contains " + a.word() + ", to which the child is allergic (allergies: "
                        + words(child.allergies()) + ")");
            }
        }
        if (!child.allergies().isEmpty() && !food.allergens().complete() && !allowed(a -> food.id().equals(a.food()))) {
            return Optional.of(name + (food.allergens().unknown() ? " has allergens that are not known"
                    : " contains " + food.allergens().describe()) + ", so it is not known to be free of "
                    + words(child.allergies()) + " (allergies); after reading its label, record allow: [{food: "
                    + food.id() + ", reason: ...}] in the patient file");
        }
        Optional<String> excluded = exclusions.excluding(food);
        if (excluded.isPresent()) {
            return Optional.of(name + " is left out by exclude_foods '" + excluded.get() + "'");
        }
        Integer age = child.ageMonths();
        if (age == null) {
            return Optional.empty();
        }
        for (SafetyRules.AgeRule r : rules.rules()) {
            if (r.applies(food, age, how) && !allowed(a -> r.id().equals(a.rule()))) {
                return Optional.of(name + ": " + r.what() + " not " + r.ages() + " (this child: " + age
                        + " months): " + r.why() + "; rule " + r.id() + ", " + r.source().cite()
                        + "; a deliberate exception is allow: [{rule: " + r.id() + ", reason: ...}] in the patient "
                        + "file");
            }
        }
        Optional<SafetyRules.ProductIndication> p = rules.product(food.id());
        if (p.isPresent() && p.get().verified() && age < p.get().fromMonths()
                && !allowed(a -> food.id().equals(a.product()))) {
            return Optional.of(name + " is outside its age indication for a child of " + age + " months: '"
                    + p.get().indication() + "' (" + p.get().source().cite() + "); a deliberate exception is allow: "
                    + "[{product: " + food.id() + ", reason: ...}] in the patient file");
        }
        return Optional.empty();
    }

    /**
     * What every output that uses {@code used} must say: the weight warning, what the exclusions leave out, the
     * exceptions used (with their reasons), and products whose age indication is not verified.
     */
    public List<String> notices(Collection<Food> used) {
        Set<String> out = new LinkedHashSet<>(general);
        Integer age = child.ageMonths();
        for (Food f : used) {
            String name = f.name() + " [" + f.id() + "]";
            if (!child.allergies().isEmpty() && !f.allergens().complete()) {
                allowance(a -> f.id().equals(a.food())).ifPresent(a -> out.add("allowed by the patient file: " + name
                        + ", whose allergens are " + f.allergens().describe() + " in ketoplan's table, for a child "
                        + "allergic to " + words(child.allergies()) + "; reason: " + a.reason()));
            }
            if (age == null) {
                continue;
            }
            for (SafetyRules.AgeRule r : rules.rules()) {
                if (age < r.underMonths() && r.matches(f)) {
                    allowance(a -> r.id().equals(a.rule())).ifPresent(a -> out.add("allowed by the patient file: "
                            + name + " for a child of " + age + " months, against rule " + r.id() + " (" + r.what()
                            + " not " + r.ages() + ": " + r.why() + "; " + r.source().text() + "); reason: "
                            + a.reason()));
                }
            }
            Optional<SafetyRules.ProductIndication> p = rules.product(f.id());
            if (p.isPresent() && !p.get().verified()) {
                out.add("age indication not verified: check the label: " + name);
            } else if (p.isPresent() && age < p.get().fromMonths()) {
                allowance(a -> f.id().equals(a.product())).ifPresent(a -> out.add("allowed outside its age "
                        + "indication: " + name + " for a child of " + age + " months (label: '"
                        + p.get().indication() + "'); reason: " + a.reason()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Warnings for a food that was eaten (a meal log records what happened, so nothing is refused): every reason
     * {@link #refusal} would give.
     */
    public List<String> warnings(Food food) {
        return refusal(food, Serving.LOOSE).map(w -> List.of(w + "; recorded as eaten")).orElse(List.of());
    }

    private boolean allowed(java.util.function.Predicate<Allowance> which) {
        return allowance(which).isPresent();
    }

    private Optional<Allowance> allowance(java.util.function.Predicate<Allowance> which) {
        return allow.stream().filter(which).findFirst();
    }

    private static Serving serving(Recipe r, RecipeIngredient in) {
        return new Serving(r.texture().word(), r.texture() == Texture.DRINK, in.note());
    }

    private static String words(Set<Allergen> groups) {
        return String.join(", ", groups.stream().map(Allergen::word).toList());
    }
}
