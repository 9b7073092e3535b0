package org.ketoplan.food;

import org.ketoplan.nutrition.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketoplan.common.Document;
import org.ketoplan.common.Limits;
import org.ketoplan.nutrition.Energy;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/**
 * Reads foods from a YAML file: the shipped {@code foods/keto-products.yaml} and users' own files.
 *
 * <pre>
 * foods:
 *   - id: clinic-almond-bread
 *     name: Almond bread (clinic recipe)
 *     per_100g: {kcal: 520, fat_g: 45.0, protein_g: 18.0, carbohydrate_g: 6.0, fibre_g: 4.0}
 *     source: clinic kitchen, 2026
 * </pre>
 *
 * <p>{@code per_100ml} instead of {@code per_100g} gives a liquid's values per 100 ml. Nutrient keys are those of
 * {@link Nutrient#key()}; fat, protein and carbohydrate are required; {@code kcal} is optional (9/4/4 factors on
 * total carbohydrate when absent). Optional: {@code group}, {@code measures} ({@code [{name: tbsp, grams: 15}]}),
 * {@code note}, {@code short_name} (the household name day sheets print, e.g. "double cream"), {@code allergens}: the allergen groups it contains, as a list ({@code [milk, soy]}; {@code []} for
 * none), or as {@code {contains: [milk], complete: false, source: "label ..."}} when the list may miss some. A food
 * without {@code allergens} has unknown allergens, and is not given to a child with an allergy. Every error names the file, the line and the field ("mine.yaml:5: foods[0].per_100g.fat_g: must
 * not be negative (-1)").
 */
public final class UserFoodFile {
    private static final Set<String> FIELDS = Set.of("id", "name", "group", "per_100g", "per_100ml", "measures",
            "source", "note", "allergens", "short_name");
    private static final Set<String> ALLERGEN_FIELDS = Set.of("contains", "complete", "source");
    private static final Set<String> MEASURE_FIELDS = Set.of("amount", "name", "grams");
    private static final Nutrient[] REQUIRED = {Nutrient.FAT, Nutrient.PROTEIN, Nutrient.CARBOHYDRATE};

    private UserFoodFile() {
    }

    /**
     * Reads the foods of a YAML file.
     *
     * @param name the file name shown in messages
     * @param in the file's content
     * @param group the group given to foods that name none
     */
    public static List<Located> read(String name, InputStream in, String group) {
        Document tree = Document.read(name, in, Document.Format.YAML, Limits.FOOD_FILE_BYTES);
        if (!tree.root().isObject()) {
            throw tree.at("", "expected 'foods:' with a list of foods");
        }
        tree.onlyFields("", Set.of("foods"));
        JsonNode list = tree.required("/foods");
        if (!list.isArray()) {
            throw tree.at("/foods", "expected a list of foods");
        }
        List<Located> foods = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/foods/" + i;
            Food f = food(tree, pointer, group);
            Allergens a = allergens(tree, pointer + "/allergens");
            String said = tree.node(pointer + "/allergens/source").isMissingNode() ? null
                    : tree.text(pointer + "/allergens/source", true);
            foods.add(new Located(a == null ? f : f.withAllergens(a), name, tree.line(pointer),
                    a == null ? null : said == null ? f.source() : said));
        }
        return foods;
    }

    private static Food food(Document tree, String pointer, String defaultGroup) {
        if (!tree.node(pointer).isObject()) {
            throw tree.at(pointer, "expected a food (id, name, per_100g, source)");
        }
        tree.onlyFields(pointer, FIELDS);
        String id = tree.text(pointer + "/id", true).trim();
        String name = tree.text(pointer + "/name", true).trim();
        for (String[] f : new String[][] {{"/id", id}, {"/name", name}}) {
            if (f[1].length() > Limits.NAME_CHARS) {
                throw tree.at(pointer + f[0], "has " + f[1].length() + " characters; the most is " + Limits.NAME_CHARS);
            }
        }
        boolean liquid = !tree.node(pointer + "/per_100ml").isMissingNode();
        if (liquid && !tree.node(pointer + "/per_100g").isMissingNode()) {
            throw tree.at(pointer + "/per_100ml", "give per_100g or per_100ml, not both");
        }
        String per = pointer + (liquid ? "/per_100ml" : "/per_100g");
        if (tree.node(per).isMissingNode()) {
            throw tree.at(pointer, "missing field 'per_100g' (or 'per_100ml')");
        }
        Nutrients per100 = nutrients(tree, per);
        List<HouseholdMeasure> measures = measures(tree, pointer + "/measures");
        String source = tree.text(pointer + "/source", true).trim();
        String group = tree.text(pointer + "/group", false);
        String shortName = tree.text(pointer + "/short_name", false);
        if (shortName != null && shortName.strip().length() > Limits.NAME_CHARS) {
            throw tree.at(pointer + "/short_name", "has " + shortName.strip().length() + " characters; the most is "
                    + Limits.NAME_CHARS);
        }
        try {
            return new Food(id, name, group == null ? defaultGroup : group, liquid ? Basis.MILLILITRE : Basis.GRAM,
                    per100, measures, source, tree.text(pointer + "/note", false), Allergens.UNKNOWN, shortName);
        } catch (IllegalArgumentException e) {
            throw tree.at(pointer, e.getMessage());
        }
    }

    private static Nutrients nutrients(Document tree, String pointer) {
        JsonNode values = tree.node(pointer);
        if (!values.isObject()) {
            throw tree.at(pointer, "expected nutrient amounts, e.g. {fat_g: 45, protein_g: 18, carbohydrate_g: 6}");
        }
        Map<Nutrient, Double> given = new EnumMap<>(Nutrient.class);
        for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Nutrient n = Nutrient.byKey(key);
            if (n == null) {
                throw tree.at(pointer + "/" + key, "unknown nutrient (expected one of fat_g, protein_g, "
                        + "carbohydrate_g, fibre_g, kcal, sugars_g, water_g, calcium_mg, ...: see foods/README.md)");
            }
            double v = tree.number(pointer + "/" + key, null);
            if (!(v >= 0)) {
                throw tree.at(pointer + "/" + key, "must not be negative (" + Numbers.plain(v) + ")");
            }
            double max = n == Nutrient.ENERGY ? Limits.KCAL_PER_100 : n.unit().equals("g") ? Limits.GRAMS_PER_100
                    : Limits.NUTRIENT_PER_100;
            if (v > max) {
                throw tree.at(pointer + "/" + key, Numbers.plain(v) + " " + n.unit() + " is more than " + Numbers.plain(max)
                        + " " + n.unit() + " per 100, the most ketoplan accepts");
            }
            given.put(n, v);
        }
        for (Nutrient required : REQUIRED) {
            if (!given.containsKey(required)) {
                throw tree.at(pointer, "missing field '" + required.key() + "'");
            }
        }
        Nutrients.Builder b = Nutrients.builder();
        given.forEach(b::set);
        if (!given.containsKey(Nutrient.ENERGY)) {
            b.set(Nutrient.ENERGY, Energy.kcal(given.get(Nutrient.FAT), given.get(Nutrient.PROTEIN),
                    given.get(Nutrient.CARBOHYDRATE)));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw tree.at(pointer, e.getMessage());
        }
    }

    /** The declared allergens at {@code pointer}, or null when the food declares none. */
    private static Allergens allergens(Document tree, String pointer) {
        JsonNode n = tree.node(pointer);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        boolean complete = true;
        String list = pointer;
        if (n.isObject()) {
            tree.onlyFields(pointer, ALLERGEN_FIELDS);
            list = pointer + "/contains";
            JsonNode c = tree.node(pointer + "/complete");
            if (!c.isMissingNode()) {
                if (!c.isBoolean() && !c.asText().matches("true|false")) {
                    throw tree.at(pointer + "/complete", "expected true or false, not '" + c.asText() + "'");
                }
                complete = c.asText().equals("true");
            }
        }
        JsonNode groups = tree.node(list);
        if (!groups.isArray()) {
            throw tree.at(list, "expected a list of allergen groups, e.g. [milk, soy], or [] for none");
        }
        java.util.EnumSet<Allergen> set = java.util.EnumSet.noneOf(Allergen.class);
        for (int i = 0; i < groups.size(); i++) {
            try {
                set.addAll(Allergen.parse(groups.get(i).asText()));
            } catch (IllegalArgumentException e) {
                throw tree.at(list + "/" + i, e.getMessage());
            }
        }
        return new Allergens(set, complete);
    }

    private static List<HouseholdMeasure> measures(Document tree, String pointer) {
        JsonNode list = tree.node(pointer);
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw tree.at(pointer, "expected a list of measures, e.g. [{name: tbsp, grams: 15}]");
        }
        List<HouseholdMeasure> measures = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String m = pointer + "/" + i;
            tree.onlyFields(m, MEASURE_FIELDS);
            double grams = tree.number(m + "/grams", null);
            if (grams > Limits.GRAMS) {
                throw tree.at(m + "/grams", Numbers.plain(grams) + " g is more than " + Numbers.plain(Limits.GRAMS)
                        + " g, the most ketoplan accepts");
            }
            try {
                measures.add(new HouseholdMeasure(tree.number(m + "/amount", 1.0), tree.text(m + "/name", true),
                        grams));
            } catch (IllegalArgumentException e) {
                throw tree.at(m, e.getMessage());
            }
        }
        return measures;
    }

    /**
     * A food with the file and line it was read from, for duplicate-id messages.
     *
     * @param food the food
     * @param file the file name
     * @param line the line its entry starts on
     * @param allergenSource where its declared allergens come from (a label), or null when it declares none
     */
    public record Located(Food food, String file, int line, String allergenSource) {
        /** "file:line". */
        public String place() {
            return file + ":" + line;
        }
    }
}
