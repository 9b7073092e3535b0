package org.ketoplan.food;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Mappers;
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
 * {@link Nutrient#key()}; {@code kcal} is optional (9/4/4 factors on total carbohydrate when absent). Optional:
 * {@code group}, {@code measures} ({@code [{name: tbsp, grams: 15}]}), {@code note}. Every error names the file,
 * the line and the field.
 */
public final class UserFoodFile {
    private UserFoodFile() {
    }

    /** One entry as written in the file. */
    record Entry(String id, String name, String group, Map<String, Double> per100g, Map<String, Double> per100ml,
                 List<MeasureEntry> measures, String source, String note) {
        @JsonCreator
        Entry(@JsonProperty("id") String id, @JsonProperty("name") String name,
              @JsonProperty("group") String group,
              @JsonProperty("per_100g") Map<String, Double> per100g,
              @JsonProperty("per_100ml") Map<String, Double> per100ml,
              @JsonProperty("measures") List<MeasureEntry> measures,
              @JsonProperty("source") String source, @JsonProperty("note") String note) {
            this.id = required("id", id);
            this.name = required("name", name);
            this.group = group;
            if (per100g == null && per100ml == null) {
                throw new IllegalArgumentException("food " + id + ": missing field 'per_100g' (or 'per_100ml')");
            }
            if (per100g != null && per100ml != null) {
                throw new IllegalArgumentException("food " + id + ": give per_100g or per_100ml, not both");
            }
            this.per100g = per100g;
            this.per100ml = per100ml;
            this.measures = measures == null ? List.of() : measures;
            this.source = required("source", source);
            this.note = note;
        }

        private static String required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("missing field '" + field + "'");
            }
            return value.trim();
        }
    }

    /** A household measure as written in the file. */
    record MeasureEntry(double amount, String name, double grams) {
        @JsonCreator
        MeasureEntry(@JsonProperty("amount") Double amount, @JsonProperty(value = "name", required = true) String name,
                     @JsonProperty(value = "grams", required = true) Double grams) {
            this(amount == null ? 1.0 : amount, name, grams == null ? Double.NaN : grams);
        }
    }

    /**
     * Reads the foods of a YAML file.
     *
     * @param name the file name shown in messages
     * @param in the file's content
     * @param group the group given to foods that name none
     */
    public static List<Located> read(String name, InputStream in, String group) {
        ObjectMapper yaml = Mappers.yaml();
        List<Located> foods = new ArrayList<>();
        try (in; JsonParser p = yaml.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw BadInputException.at(name, "the file is empty; expected 'foods:' with a list");
            }
            if (t != JsonToken.START_OBJECT) {
                throw BadInputException.at(name + ":" + p.currentLocation().getLineNr(),
                        "expected 'foods:' with a list of foods");
            }
            boolean sawFoods = false;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("foods")) {
                    throw BadInputException.at(name + ":" + p.currentLocation().getLineNr(),
                            "unknown field '" + field + "' (expected 'foods')");
                }
                sawFoods = true;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw BadInputException.at(name + ":" + p.currentLocation().getLineNr(),
                            "foods: expected a list of foods");
                }
                int index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentLocation().getLineNr();
                    Entry e;
                    try {
                        e = yaml.readValue(p, Entry.class);
                    } catch (JsonProcessingException ex) {
                        // a check in the entry's constructor runs after the whole entry is read: show its first line
                        BadInputException b = Mappers.explain(
                                ex instanceof ValueInstantiationException ? name + ":" + line : name,
                                ex instanceof ValueInstantiationException ? withoutLocation(ex) : ex);
                        throw new BadInputException(b.getMessage().replaceFirst(": ", ": foods[" + index + "]: ")
                                .replace("foods[" + index + "]: foods[" + index + "]", "foods[" + index + "]"), ex);
                    }
                    foods.add(new Located(toFood(name, line, e, group), name, line));
                    index++;
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw BadInputException.at(name + ":" + p.currentLocation().getLineNr(),
                            "foods[" + index + "]: expected a food (id, name, per_100g, source)");
                }
            }
            if (!sawFoods) {
                throw BadInputException.at(name, "expected 'foods:' with a list of foods");
            }
        } catch (JsonProcessingException e) {
            throw Mappers.explain(name, e);
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read (" + e.getMessage() + ")");
        }
        return foods;
    }

    private static JsonProcessingException withoutLocation(JsonProcessingException ex) {
        ex.clearLocation();
        return ex;
    }

    private static Food toFood(String file, int line, Entry e, String defaultGroup) {
        String place = file + ":" + line;
        boolean liquid = e.per100ml() != null;
        Map<String, Double> values = liquid ? e.per100ml() : e.per100g();
        String field = liquid ? "per_100ml" : "per_100g";
        Nutrients.Builder b = Nutrients.builder();
        Map<Nutrient, Double> given = new LinkedHashMap<>();
        for (Map.Entry<String, Double> v : values.entrySet()) {
            Nutrient n = Nutrient.byKey(v.getKey());
            if (n == null) {
                throw BadInputException.at(place, "food " + e.id() + ": " + field + "." + v.getKey()
                        + ": unknown nutrient (expected one of " + keys() + ")");
            }
            if (v.getValue() == null) {
                throw BadInputException.at(place, "food " + e.id() + ": " + field + "." + v.getKey() + ": no value");
            }
            given.put(n, v.getValue());
        }
        for (Nutrient required : new Nutrient[] {Nutrient.FAT, Nutrient.PROTEIN, Nutrient.CARBOHYDRATE}) {
            if (!given.containsKey(required)) {
                throw BadInputException.at(place, "food " + e.id() + ": " + field + ": missing field '"
                        + required.key() + "'");
            }
        }
        try {
            given.forEach(b::set);
            if (!given.containsKey(Nutrient.ENERGY)) {
                b.set(Nutrient.ENERGY, Energy.kcal(given.get(Nutrient.FAT), given.get(Nutrient.PROTEIN),
                        given.get(Nutrient.CARBOHYDRATE)));
            }
            List<HouseholdMeasure> measures = new ArrayList<>();
            for (MeasureEntry m : e.measures()) {
                measures.add(new HouseholdMeasure(m.amount(), m.name(), m.grams()));
            }
            return new Food(e.id(), e.name(), e.group() == null ? defaultGroup : e.group(),
                    liquid ? Basis.MILLILITRE : Basis.GRAM, b.build(), measures, e.source(), e.note());
        } catch (IllegalArgumentException ex) {
            throw BadInputException.at(place, "food " + e.id() + ": " + field + ": " + ex.getMessage());
        }
    }

    private static String keys() {
        return java.util.Arrays.stream(Nutrient.values()).limit(7).map(Nutrient::key)
                .collect(Collectors.joining(", ")) + ", ...";
    }

    /**
     * A food with the file and line it was read from, for duplicate-id messages.
     *
     * @param food the food
     * @param file the file name
     * @param line the line its entry starts on
     */
    public record Located(Food food, String file, int line) {
        /** "file:line". */
        public String place() {
            return file + ":" + line;
        }
    }
}
