package org.ketoplan.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Document;
import org.ketoplan.common.FieldError;
import org.ketoplan.common.FieldPath;
import org.ketoplan.common.Limits;

/**
 * Reads one recipe file; the recipe's id is the file name without {@code .yaml}.
 *
 * <pre>
 * name: Egg-yolk custard with cream
 * slots: [breakfast, snack]
 * min_age_months: 6
 * texture: smooth purée
 * protein_source: egg
 * reference_kcal: 160
 * allergens: [egg, milk]      # optional: groups the author declares, on top of the foods' own
 * ingredients:
 *   - {food: "01125", role: protein, grams: 17, min: 10, max: 30, note: about 1 large yolk}
 *   - {food: "01053", role: cream, grams: 22, min: 10, max: 45}
 *   - {food: "02010", role: seasoning, grams: 0.2, counted: false}
 * directions:
 *   - Whisk the yolk, cream and melted butter ...
 * </pre>
 *
 * <p>Every error names the file, the line and the field: "egg.yaml:9: ingredients[1].grams: must not be negative
 * (-5)". Food ids are checked against a database separately ({@link RecipeChecks}), as a recipe file is read without
 * one.
 */
public final class RecipeFile {
    private static final Set<String> FIELDS = Set.of("name", "slots", "min_age_months", "texture", "protein_source",
            "reference_kcal", "ingredients", "directions", "allergens");
    private static final Set<String> INGREDIENT_FIELDS = Set.of("food", "role", "grams", "min", "max", "counted",
            "note");

    private final String file;
    private final Document tree;

    private RecipeFile(String file, Document tree) {
        this.file = file;
        this.tree = tree;
    }

    /** Reads the recipe file {@code path}. */
    public static LoadedRecipe read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw BadInputException.at(path.toString(), "a recipe file's name ends in .yaml");
        }
        Document doc = Document.read(path, Document.Format.YAML, Limits.SMALL_FILE_BYTES);
        return new RecipeFile(path.toString(), doc).recipe(name.substring(0, name.lastIndexOf('.')));
    }

    /**
     * Reads a recipe from {@code in}.
     *
     * @param file the file name shown in messages
     * @param id the recipe's id (the file name without .yaml)
     */
    public static LoadedRecipe read(String file, InputStream in, String id) {
        return new RecipeFile(file, Document.read(file, in, Document.Format.YAML, Limits.SMALL_FILE_BYTES))
                .recipe(id);
    }

    private LoadedRecipe recipe(String id) {
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw at("", "expected the fields name, slots, ... (a YAML mapping)");
        }
        tree.onlyFields("", FIELDS);
        String name = text(root, "/name", true);
        List<Slot> slots = new ArrayList<>();
        JsonNode s = required(root, "/slots");
        if (s.isArray()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.get(i).asText();
                slots.add(word(() -> Slot.parse(w), "/slots/" + i));
            }
        } else {
            slots.add(word(() -> Slot.parse(s.asText()), "/slots"));
        }
        int age = (int) whole(root, "/min_age_months");
        Texture texture = word(() -> Texture.parse(text(root, "/texture", true)), "/texture");
        ProteinSource source = word(() -> ProteinSource.parse(text(root, "/protein_source", true)),
                "/protein_source");
        double kcal = number(root, "/reference_kcal", null);
        JsonNode list = required(root, "/ingredients");
        if (!list.isArray()) {
            throw at("/ingredients", "expected a list of ingredients");
        }
        List<RecipeIngredient> ingredients = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ingredients.add(ingredient(list.get(i), "/ingredients/" + i));
            lines.add(tree.line("/ingredients/" + i));
        }
        JsonNode d = required(root, "/directions");
        List<String> directions = new ArrayList<>();
        if (d.isArray()) {
            for (int i = 0; i < d.size(); i++) {
                if (!d.get(i).isValueNode() || d.get(i).isNull()) {
                    throw at("/directions/" + i, "expected a sentence");
                }
                directions.add(d.get(i).asText());
            }
        } else {
            directions.add(d.asText());
        }
        java.util.EnumSet<org.ketoplan.food.Allergen> allergens = java.util.EnumSet.noneOf(
                org.ketoplan.food.Allergen.class);
        JsonNode a = tree.node("/allergens");
        if (!a.isMissingNode() && !a.isArray()) {
            throw at("/allergens", "expected a list of allergen groups, e.g. [milk, egg]");
        }
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i).asText();
            allergens.addAll(word(() -> org.ketoplan.food.Allergen.parse(w), "/allergens/" + i));
        }
        try {
            Recipe recipe = new Recipe(id, name, slots, age, texture, source, kcal, ingredients, directions,
                    allergens);
            return new LoadedRecipe(recipe, file, tree.line(""), lines);
        } catch (FieldError e) {
            throw tree.at("", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw at("", e.getMessage() == null ? "invalid" : e.getMessage());
        }
    }

    private RecipeIngredient ingredient(JsonNode n, String pointer) {
        if (!n.isObject()) {
            throw at(pointer, "expected an ingredient {food: ID, role: ROLE, grams: G}");
        }
        tree.onlyFields(pointer, INGREDIENT_FIELDS);
        String food = text(n, pointer + "/food", true);
        Role role = word(() -> Role.parse(text(n, pointer + "/role", true)), pointer + "/role");
        double grams = number(n, pointer + "/grams", null);
        boolean counted = role != Role.SEASONING;
        JsonNode c = n.get("counted");
        if (c != null) {
            if (!c.isBoolean()) {
                throw at(pointer + "/counted", "expected true or false, not '" + c.asText() + "'");
            }
            counted = c.booleanValue();
        }
        double min = number(n, pointer + "/min", counted ? 0.0 : grams);
        double max = number(n, pointer + "/max", counted ? Double.POSITIVE_INFINITY : grams);
        try {
            return new RecipeIngredient(food, role, grams, min, max, counted, text(n, pointer + "/note", false));
        } catch (FieldError e) {
            throw tree.at(pointer, e);
        } catch (IllegalArgumentException e) {
            throw at(pointer, e.getMessage());
        }
    }

    private interface Parse<T> {
        T get();
    }

    private <T> T word(Parse<T> parse, String pointer) {
        try {
            return parse.get();
        } catch (FieldError e) {
            // the word names its own field ("role: ..."); the place is the pointer, with any list index
            throw at(pointer, e.problem());
        } catch (IllegalArgumentException e) {
            throw at(pointer, e.getMessage());
        }
    }

    private JsonNode required(JsonNode parent, String pointer) {
        return tree.required(pointer);
    }

    private String text(JsonNode parent, String pointer, boolean required) {
        return tree.text(pointer, required);
    }

    private double number(JsonNode parent, String pointer, Double absent) {
        return tree.number(pointer, absent);
    }

    private double whole(JsonNode parent, String pointer) {
        double v = number(parent, pointer, null);
        if (v != Math.rint(v)) {
            throw at(pointer, "expected a whole number of months, not " + v);
        }
        return v;
    }

    private BadInputException at(String pointer, String what) {
        return tree.at(pointer, what);
    }

    static String path(String pointer) {
        return FieldPath.path(pointer);
    }
}
