package org.ketoplan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Document;
import org.ketoplan.common.Mappers;

/**
 * The patient file as a form: the plain fields one input each, everything else (meals, snacks, medicines, breast
 * milk, the ramp, recorded exceptions and any field the form does not know) as YAML in one text box, so every
 * field of the file can be edited and nothing the form does not show is lost. The file is rebuilt from the form
 * and read back with the CLI's strict reader before it is written.
 */
final class PatientForm {
    static final List<Views.FormField> FIELDS = List.of(
            field("name", "Name", "", null),
            field("born", "Date of birth", "YYYY-MM-DD (or the age in months below)", null),
            field("age_months", "Age in months", "only without a date of birth", null),
            field("weight_kg", "Weight (kg)", "", null),
            field("time_zone", "Time zone", "e.g. Europe/London; empty for this computer's", null),
            field("prescription.ratio", "Ratio", "fat : (protein + carbohydrate), 0.5 to 6, e.g. 3 or 4:1", null),
            field("prescription.kcal", "Energy (kcal a day)", "empty for the default by age and weight", null),
            field("prescription.kcal_per_kg", "or energy per kg (kcal/kg a day)", "", null),
            field("prescription.energy", "or energy basis", "eer: IOM estimated energy requirement (0-35 months)",
                    List.of("", "eer")),
            field("prescription.protein_g", "Protein (g a day)",
                    "empty for the larger of 1.5 g/100 kcal and the reference intake", null),
            field("prescription.protein_g_per_kg", "or protein per kg (g/kg a day)", "", null),
            field("prescription.protein_g_per_100kcal", "or protein per 100 kcal (g)", "", null),
            field("prescription.carbs", "Carbohydrate counted", "net = total minus fibre",
                    List.of("", "net", "total")),
            field("prescription.pattern", "Meal pattern", "empty for the pattern for the age",
                    List.of("", "feeds", "feeds and meals", "meals")),
            field("prescription.units_rounding", "Dietary units", "down: whole units, as in hand calculations",
                    List.of("", "down")),
            field("prescription.fluid_ml", "Fluid (ml a day)", "empty for the default by age", null),
            field("prescription.fluid_ml_per_kg", "or fluid per kg (ml/kg a day)", "", null),
            field("allergies", "Allergies", "allergen groups, comma-separated: milk, egg, fish, ...", null),
            field("exclude_foods", "Foods left out", "food ids or words of food names, comma-separated", null));

    private static Views.FormField field(String name, String label, String hint, List<String> choices) {
        return new Views.FormField(name, label, hint, choices);
    }

    /** The form's name for the text box of the other fields. */
    static final String OTHER = "other";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** A reader's "file:line: field.path: what": the field (one or two names) and the rest of the path. */
    private static final Pattern MESSAGE = Pattern.compile(
            "^[^:]*:[0-9]+: ([a-z_]+(?:\\.[a-z_]+)?)(?:[.\\[][^:]*)?: (.*)$", Pattern.DOTALL);

    private PatientForm() {
    }

    /** The form's values from a patient file's text (its fields; the rest as YAML in {@link #OTHER}). */
    static Map<String, String> values(String name, byte[] yaml) {
        Document doc = Document.parse(name, yaml, Document.Format.YAML);
        if (!doc.root().isObject()) {
            throw doc.at("", "expected the fields name, born, weight_kg, ...");
        }
        ObjectNode rest = ((ObjectNode) doc.root()).deepCopy();
        Map<String, String> v = new LinkedHashMap<>();
        for (Views.FormField f : FIELDS) {
            ObjectNode parent = rest;
            String key = f.name();
            if (key.startsWith("prescription.")) {
                JsonNode p = rest.get("prescription");
                if (!(p instanceof ObjectNode po)) {
                    v.put(f.name(), "");
                    continue;
                }
                parent = po;
                key = key.substring("prescription.".length());
            }
            JsonNode n = parent.remove(key);
            v.put(f.name(), text(n, f));
        }
        if (rest.get("prescription") instanceof ObjectNode po && po.isEmpty()) {
            rest.remove("prescription");
        }
        v.put(OTHER, rest.isEmpty() ? "" : yamlText(rest));
        return v;
    }

    private static String text(JsonNode n, Views.FormField f) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(i.asText()));
            return String.join(", ", items);
        }
        return n.asText();
    }

    /**
     * The patient file's text from the form's values. A bad "other settings" box is a problem of that box; every
     * other value is written as typed (numbers as numbers), so the strict reader judges it as in a file.
     */
    static String yaml(Map<String, String> form) {
        ObjectNode root;
        String other = form.getOrDefault(OTHER, "");
        if (other.isBlank()) {
            root = JsonNodeFactory.instance.objectNode();
        } else {
            Document doc;
            try {
                doc = Document.parse("other settings", other.getBytes(StandardCharsets.UTF_8),
                        Document.Format.YAML);
            } catch (BadInputException e) {
                throw new BadInputException(e.getMessage());
            }
            if (!(doc.root() instanceof ObjectNode o)) {
                throw new BadInputException("other settings: expected fields such as medicines: or prescription:");
            }
            root = o.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode prescription = JsonNodeFactory.instance.objectNode();
        for (Views.FormField f : FIELDS) {
            String value = form.getOrDefault(f.name(), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            JsonNode node;
            if (f.list()) {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                for (String item : value.split(",")) {
                    if (!item.isBlank()) {
                        a.add(item.strip());
                    }
                }
                node = a;
            } else if (isNumber(f, value)) {
                node = JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value));
            } else {
                node = JsonNodeFactory.instance.textNode(value);
            }
            if (f.name().startsWith("prescription.")) {
                prescription.set(f.name().substring("prescription.".length()), node);
            } else {
                out.set(f.name(), node);
            }
        }
        if (root.get("prescription") instanceof ObjectNode po) {
            prescription.setAll(po);
            root.remove("prescription");
        } else if (root.has("prescription")) {
            throw new BadInputException("other settings: prescription: expected fields such as meals:");
        }
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (out.has(e.getKey())) {
                throw new BadInputException("other settings: " + e.getKey() + ": is a field of the form above; "
                        + "set it there");
            }
            out.set(e.getKey(), e.getValue());
        }
        out.set("prescription", prescription);
        return yamlText(out);
    }

    /** True when the form writes {@code value} of field {@code f} as a number (a name stays a text). */
    static boolean isNumber(Views.FormField f, String value) {
        return PLAIN_NUMBER.matcher(value).matches() && !f.name().equals("name");
    }

    private static String yamlText(JsonNode n) {
        try {
            return Mappers.yaml().writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where a reader's message belongs: the form field it names (dotted, e.g. "prescription.ratio"), or
     * {@link #OTHER}; and the message without the generated file's line (meaningless to the person at the form).
     */
    static Map.Entry<String, String> place(String message) {
        Matcher m = MESSAGE.matcher(message);
        if (m.matches()) {
            String path = m.group(1);
            for (Views.FormField f : FIELDS) {
                if (f.name().equals(path)) {
                    return Map.entry(f.name(), message.substring(message.indexOf(": ") + 2));
                }
            }
            String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            for (Views.FormField f : FIELDS) {
                if (f.name().equals(top)) {
                    return Map.entry(f.name(), message.substring(message.indexOf(": ") + 2));
                }
            }
            return Map.entry(OTHER, message.substring(message.indexOf(": ") + 2));
        }
        return Map.entry("", message);
    }
}
