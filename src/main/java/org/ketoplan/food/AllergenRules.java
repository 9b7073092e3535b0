package org.ketoplan.food;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Document;
import org.ketoplan.common.Limits;

/**
 * The maintainers' rules that derive the allergen groups of the USDA foods from their SR food group and their
 * name ({@code foods/allergen-rules.yaml}), and the derivation of the whole table: SR foods by the rules, keto
 * products from the allergens their labels declare in {@code keto-products.yaml}, and rows a person reviewed kept
 * as they are.
 */
public final class AllergenRules {
    private static final Set<String> TOP = Set.of("groups", "rules");
    private static final Set<String> GROUP_FIELDS = Set.of("group", "complete");
    private static final Set<String> RULE_FIELDS = Set.of("id", "groups", "strip", "match", "contains", "complete",
            "why");

    private final Map<String, Boolean> groupComplete;
    private final List<Rule> rules;

    private AllergenRules(Map<String, Boolean> groupComplete, List<Rule> rules) {
        this.groupComplete = Map.copyOf(groupComplete);
        this.rules = List.copyOf(rules);
    }

    /**
     * One name rule.
     *
     * @param id its name in the table's "how" column
     * @param groups the SR groups it applies to (empty: all)
     * @param strip phrases removed from the name before matching, or null
     * @param match what the name must contain, or null for every food of the groups
     * @param contains the allergen groups it adds
     * @param mixed true when it marks the food's list as not complete
     * @param why the reason
     */
    record Rule(String id, Set<String> groups, Pattern strip, Pattern match, Set<Allergen> contains, boolean mixed,
                String why) {
        boolean applies(Food f) {
            if (!groups.isEmpty() && !groups.contains(f.group())) {
                return false;
            }
            if (match == null) {
                return true;
            }
            String name = strip == null ? f.name() : strip.matcher(f.name()).replaceAll(" ");
            return match.matcher(name).find();
        }
    }

    /**
     * Reads the rules.
     *
     * @throws BadInputException "file:line: field: ..." for an unknown field, group or bad expression
     */
    public static AllergenRules read(String name, InputStream in) {
        Document tree = Document.read(name, in, Document.Format.YAML, Limits.FOOD_FILE_BYTES);
        tree.onlyFields("", TOP);
        Map<String, Boolean> groups = new HashMap<>();
        JsonNode g = tree.required("/groups");
        for (int i = 0; i < g.size(); i++) {
            String p = "/groups/" + i;
            tree.onlyFields(p, GROUP_FIELDS);
            groups.put(tree.text(p + "/group", true), tree.node(p + "/complete").asBoolean(true));
        }
        List<Rule> rules = new ArrayList<>();
        JsonNode r = tree.required("/rules");
        for (int i = 0; i < r.size(); i++) {
            String p = "/rules/" + i;
            tree.onlyFields(p, RULE_FIELDS);
            Set<String> srGroups = new java.util.HashSet<>();
            for (JsonNode n : tree.node(p + "/groups")) {
                srGroups.add(n.asText());
            }
            EnumSet<Allergen> contains = EnumSet.noneOf(Allergen.class);
            JsonNode c = tree.node(p + "/contains");
            for (int k = 0; k < c.size(); k++) {
                try {
                    contains.addAll(Allergen.parse(c.get(k).asText()));
                } catch (IllegalArgumentException e) {
                    throw tree.at(p + "/contains/" + k, e.getMessage());
                }
            }
            rules.add(new Rule(tree.text(p + "/id", true), srGroups, pattern(tree, p + "/strip"),
                    pattern(tree, p + "/match"), contains, !tree.node(p + "/complete").asBoolean(true),
                    tree.text(p + "/why", true)));
        }
        return new AllergenRules(groups, rules);
    }

    /**
     * The regular expression at {@code pointer} (matched ignoring case), or null when absent.
     *
     * @throws BadInputException "file:line: field: not a regular expression (...)"
     */
    public static Pattern pattern(Document tree, String pointer) {
        String text = tree.text(pointer, false);
        if (text == null) {
            return null;
        }
        try {
            return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw tree.at(pointer, "not a regular expression (" + e.getDescription() + ")");
        }
    }

    /**
     * What {@link #writeTable} did.
     *
     * @param rows rows written
     * @param none foods known to contain no group
     * @param withGroups foods with at least one group
     * @param notComplete foods whose list is not complete (mixed foods; others not known)
     * @param labels products taken from their labels
     * @param reviewed rows a person reviewed, kept as they were
     */
    public record Summary(int rows, int none, int withGroups, int notComplete, int labels, int reviewed) {
    }

    /**
     * Derives the table of every shipped food from {@code rules} and writes it to {@code out} (atomically), keeping
     * the reviewed rows of the table already there.
     *
     * @throws BadInputException for a bad rules file or table, or an existing {@code out} without {@code force}
     */
    public static Summary writeTable(java.nio.file.Path rules, java.nio.file.Path out, boolean force) {
        org.ketoplan.common.AtomicFiles.checkWritable(out, force);
        AllergenRules r;
        try (InputStream in = java.nio.file.Files.newInputStream(rules)) {
            r = read(rules.toString(), in);
        } catch (java.io.IOException e) {
            throw BadInputException.at(rules.toString(), "cannot read (" + e.getMessage() + ")");
        }
        Map<String, AllergenTable.Row> before = new HashMap<>();
        if (java.nio.file.Files.isRegularFile(out)) {
            try {
                before = AllergenTable.read(out.toString(), java.nio.file.Files.newBufferedReader(out));
            } catch (java.io.IOException e) {
                throw BadInputException.at(out.toString(), "cannot read (" + e.getMessage() + ")");
            }
        }
        Map<String, String> labels = new HashMap<>();
        List<Food> foods = FoodDatabases.shippedSourceFoods(labels);
        List<AllergenTable.Row> rows = r.table(foods, before, labels);
        org.ketoplan.common.AtomicFiles.write(out, force, o -> AllergenTable.write(rows, o));
        int none = 0;
        int with = 0;
        int partial = 0;
        int label = 0;
        int reviewed = 0;
        for (AllergenTable.Row row : rows) {
            Allergens a = row.allergens();
            none += a.complete() && a.groups().isEmpty() ? 1 : 0;
            with += a.groups().isEmpty() ? 0 : 1;
            partial += a.complete() ? 0 : 1;
            label += row.how().startsWith("label: ") ? 1 : 0;
            reviewed += row.reviewed() ? 1 : 0;
        }
        return new Summary(rows.size(), none, with, partial, label, reviewed);
    }

    /** The row of an SR food: its group's default, then every rule that applies. */
    public AllergenTable.Row derive(Food f) {
        Boolean complete = groupComplete.get(f.group());
        EnumSet<Allergen> groups = EnumSet.noneOf(Allergen.class);
        boolean all = complete == null || complete;
        List<String> how = new ArrayList<>();
        if (complete == null) {
            all = false;
            how.add("SR group '" + f.group() + "' has no default: others not known");
        } else if (!complete) {
            how.add("SR group '" + f.group() + "' holds mixed foods: others not known");
        }
        for (Rule r : rules) {
            if (r.applies(f)) {
                groups.addAll(r.contains());
                all &= !r.mixed();
                how.add("rule " + r.id() + ": " + r.why());
            }
        }
        if (how.isEmpty()) {
            how.add("SR group '" + f.group() + "', no name rule: a plain food of none of the groups");
        }
        return new AllergenTable.Row(f.id(), f.name(), new Allergens(groups, all), String.join("; ", how));
    }

    /**
     * The whole table for {@code foods} in id order: a food with a reviewed row in {@code before} keeps it; a food
     * that declares its allergens (a keto product, from its label) keeps them; every other food is derived.
     */
    public List<AllergenTable.Row> table(List<Food> foods, Map<String, AllergenTable.Row> before,
                                         Map<String, String> labelSources) {
        List<AllergenTable.Row> out = new ArrayList<>(foods.size());
        for (Food f : foods.stream().sorted(java.util.Comparator.comparing(Food::id)).toList()) {
            AllergenTable.Row old = before.get(f.id());
            if (old != null && old.reviewed()) {
                out.add(new AllergenTable.Row(f.id(), f.name(), old.allergens(), old.how()));
            } else if (labelSources.containsKey(f.id())) {
                out.add(new AllergenTable.Row(f.id(), f.name(), f.allergens(), "label: " + labelSources.get(f.id())));
            } else if (!f.id().matches("\\d{5}")) {
                out.add(new AllergenTable.Row(f.id(), f.name(), Allergens.UNKNOWN, "a product whose label's allergens "
                        + "were not read: unknown (a person who reads the label writes 'reviewed: ...' here)"));
            } else {
                out.add(derive(f));
            }
        }
        return out;
    }
}
