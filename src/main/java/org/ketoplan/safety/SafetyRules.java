package org.ketoplan.safety;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketoplan.common.Document;
import org.ketoplan.common.Limits;
import org.ketoplan.food.AllergenRules;
import org.ketoplan.food.Food;
import org.ketoplan.prescription.Citation;

/**
 * The safety rules as data, read from the resource {@code /safety/rules.yaml}: the food-safety rules by age, the
 * products' age indications and the WHO weight-for-age limits, each with its source. Read once per process.
 */
public final class SafetyRules {
    /** The resource the rules are read from. */
    public static final String RESOURCE = "/safety/rules.yaml";
    private static volatile SafetyRules shipped;

    private final List<AgeRule> rules;
    private final Map<String, ProductIndication> products;
    private final List<WeightRow> weights;
    private final Citation weightSource;

    private SafetyRules(List<AgeRule> rules, Map<String, ProductIndication> products, List<WeightRow> weights,
                        Citation weightSource) {
        this.rules = List.copyOf(rules);
        this.products = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(products)); // the file's order
        this.weights = List.copyOf(weights);
        this.weightSource = weightSource;
    }

    /**
     * A food-safety rule by age.
     *
     * @param id the rule's id (for {@code allow: [{rule: ID}]})
     * @param what what it keeps from the child ("honey")
     * @param underMonths it applies to children younger than this
     * @param why the reason, as the output gives it
     * @param strip phrases blanked out of the name before matching, or null
     * @param match what the food's name contains
     * @param prepared words in an ingredient's note that make the food safe, or null
     * @param textures the recipe textures it applies to (empty: all)
     * @param drinkOnly true when it applies only in a drink
     * @param source where the rule comes from
     */
    public record AgeRule(String id, String what, int underMonths, String why, Pattern strip, Pattern match,
                          Pattern prepared, Set<String> textures, boolean drinkOnly, Citation source) {
        /** True when {@code food}'s name matches the rule. */
        public boolean matches(Food food) {
            String name = food.name().toLowerCase(Locale.ROOT);
            if (strip != null) {
                name = strip.matcher(name).replaceAll(" ");
            }
            return match.matcher(name).find();
        }

        /** True when the rule applies to {@code food} served this way to a child of {@code ageMonths}. */
        boolean applies(Food food, int ageMonths, Serving how) {
            if (ageMonths >= underMonths || !matches(food)) {
                return false;
            }
            if (drinkOnly && !how.drink()) {
                return false;
            }
            if (!textures.isEmpty() && (how.texture() == null || !textures.contains(how.texture()))) {
                return false;
            }
            return prepared == null || !prepared.matcher(how.note()).find();
        }

        /** "under 12 months", "under 5 years". */
        public String ages() {
            return underMonths % 12 == 0 && underMonths >= 24 ? "under " + underMonths / 12 + " years"
                    : "under " + underMonths + " months";
        }
    }

    /**
     * A product's age indication.
     *
     * @param food the product's food id
     * @param fromMonths the youngest age on the label, or null when the indication was not verified
     * @param indication the label's words, or null
     * @param source where it was read, or null
     */
    public record ProductIndication(String food, Integer fromMonths, String indication, Citation source) {
        /** True when the indication was read in its source. */
        public boolean verified() {
            return fromMonths != null;
        }
    }

    /**
     * The WHO 0.1st and 99.9th weight-for-age percentiles at one age, kg.
     *
     * @param months the age
     * @param boysLow boys, 0.1st percentile
     * @param boysHigh boys, 99.9th percentile
     * @param girlsLow girls, 0.1st percentile
     * @param girlsHigh girls, 99.9th percentile
     */
    public record WeightRow(int months, double boysLow, double boysHigh, double girlsLow, double girlsHigh) {
    }

    /** The rules shipped in the jar. */
    public static SafetyRules shipped() {
        SafetyRules s = shipped;
        if (s == null) {
            synchronized (SafetyRules.class) {
                s = shipped;
                if (s == null) {
                    try (InputStream in = SafetyRules.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the program; rebuild it");
                        }
                        s = read("safety/rules.yaml", in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + RESOURCE, e);
                    }
                    shipped = s;
                }
            }
        }
        return s;
    }

    /** Reads rules from {@code in} (named {@code name} in messages). */
    static SafetyRules read(String name, InputStream in) {
        Document tree = Document.read(name, in, Document.Format.YAML, Limits.SMALL_FILE_BYTES);
        tree.onlyFields("", Set.of("rules", "products", "weight_for_age"));
        List<AgeRule> rules = new ArrayList<>();
        JsonNode r = tree.required("/rules");
        for (int i = 0; i < r.size(); i++) {
            String p = "/rules/" + i;
            tree.onlyFields(p, Set.of("id", "what", "under_months", "why", "strip", "match", "prepared", "textures",
                    "drink_only", "source"));
            Set<String> textures = new java.util.HashSet<>();
            for (JsonNode t : tree.node(p + "/textures")) {
                textures.add(t.asText());
            }
            rules.add(new AgeRule(tree.text(p + "/id", true), tree.text(p + "/what", true),
                    (int) tree.number(p + "/under_months", null), tree.text(p + "/why", true),
                    AllergenRules.pattern(tree, p + "/strip"), AllergenRules.pattern(tree, p + "/match"), AllergenRules.pattern(tree, p + "/prepared"),
                    Set.copyOf(textures), tree.node(p + "/drink_only").asBoolean(false),
                    citation(tree, p + "/source")));
            if (rules.get(i).match() == null) {
                throw tree.at(p, "missing field 'match'");
            }
        }
        Map<String, ProductIndication> products = new LinkedHashMap<>();
        JsonNode ps = tree.required("/products");
        for (int i = 0; i < ps.size(); i++) {
            String p = "/products/" + i;
            tree.onlyFields(p, Set.of("food", "from_months", "indication", "source"));
            boolean known = !tree.node(p + "/from_months").isMissingNode();
            products.put(tree.text(p + "/food", true), new ProductIndication(tree.text(p + "/food", true),
                    known ? (int) tree.number(p + "/from_months", null) : null, tree.text(p + "/indication", known),
                    known ? citation(tree, p + "/source") : null));
        }
        List<WeightRow> weights = new ArrayList<>();
        JsonNode w = tree.required("/weight_for_age/rows");
        for (int i = 0; i < w.size(); i++) {
            String p = "/weight_for_age/rows/" + i;
            weights.add(new WeightRow((int) tree.number(p + "/months", null), tree.number(p + "/boys/0", null),
                    tree.number(p + "/boys/1", null), tree.number(p + "/girls/0", null),
                    tree.number(p + "/girls/1", null)));
        }
        return new SafetyRules(rules, products, weights, citation(tree, "/weight_for_age/source"));
    }

    private static Citation citation(Document tree, String pointer) {
        try {
            return Citation.byKey(tree.text(pointer, true));
        } catch (IllegalArgumentException e) {
            throw tree.at(pointer, e.getMessage());
        }
    }

    /** The food-safety rules, in file order. */
    public List<AgeRule> rules() {
        return rules;
    }

    /** The rule with this id. */
    public Optional<AgeRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The age indication of the product {@code foodId}, if it is a product ketoplan knows. */
    public Optional<ProductIndication> product(String foodId) {
        return Optional.ofNullable(products.get(foodId));
    }

    /** Every product indication, in file order. */
    public List<ProductIndication> products() {
        return List.copyOf(products.values());
    }

    /** The WHO rows, youngest first. */
    public List<WeightRow> weights() {
        return weights;
    }

    /** The source of the weight-for-age limits. */
    public Citation weightSource() {
        return weightSource;
    }
}
