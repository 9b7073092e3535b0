package org.ketoplan.food;

import org.ketoplan.nutrition.Numbers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketoplan.common.BadInputException;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/**
 * Reads a USDA FoodData Central CSV download ("SR Legacy" or "Foundation Foods") from a folder.
 *
 * <p>Files and columns used: {@code food.csv} (fdc_id, description, optional data_type and food_category_id),
 * {@code nutrient.csv} (id, unit_name, nutrient_nbr), {@code food_nutrient.csv} (fdc_id, nutrient_id, amount; per
 * 100 g), and when present {@code food_category.csv} (id, description), {@code food_portion.csv} (fdc_id, amount,
 * measure_unit_id, portion_description, modifier, gram_weight) and {@code measure_unit.csv} (id, name).
 *
 * <p>Nutrients are matched by their SR nutrient number ({@code nutrient_nbr}) and unit, which must be the one
 * listed: 208 energy KCAL (Foundation Foods without 208: 958 Atwater specific, then 957 Atwater general), 204 total
 * fat G (else 298 total fat NLEA), 203 protein G, 205 carbohydrate by difference G, 291 total dietary fibre G, 269
 * total sugars G (else 269.3), 255 water G, 301 calcium MG, 303 iron MG, 304 magnesium MG, 305 phosphorus MG, 306
 * potassium MG, 307 sodium MG, 309 zinc MG, 317 selenium UG, 312 copper MG, 320 vitamin A RAE UG, 401 vitamin C MG,
 * 328 vitamin D (D2 + D3) UG, 323 vitamin E (alpha-tocopherol) MG, 430 vitamin K (phylloquinone) UG, 404 thiamin
 * MG, 405 riboflavin MG, 406 niacin MG, 415 vitamin B6 MG, 418 vitamin B12 UG, 417 total folate UG (the same
 * measure as SR24's "Folate", not 435 folate DFE), 421 total choline MG. The food's id is its {@code fdc_id}.
 * Foods of other data types in the same download (samples, acquisitions) are skipped.
 */
public final class FdcCsvImporter {
    /** The source recorded for imported foods. */
    public static final String SOURCE = "USDA FoodData Central";

    /** Data types that are foods (the rest of a Foundation download are samples and acquisitions). */
    private static final Set<String> FOOD_TYPES = Set.of("sr_legacy_food", "foundation_food", "survey_fndds_food",
            "branded_food");

    /** nutrient_nbr -> nutrient, in order of preference per nutrient. */
    private static final Map<String, Nutrient> NUMBERS = new LinkedHashMap<>();
    /** nutrient_nbr -> the unit_name it must have. */
    private static final Map<String, String> UNITS = new HashMap<>();

    static {
        add("208", Nutrient.ENERGY, "KCAL");
        add("958", Nutrient.ENERGY, "KCAL");
        add("957", Nutrient.ENERGY, "KCAL");
        add("204", Nutrient.FAT, "G");
        add("298", Nutrient.FAT, "G");
        add("203", Nutrient.PROTEIN, "G");
        add("205", Nutrient.CARBOHYDRATE, "G");
        add("291", Nutrient.FIBRE, "G");
        add("269", Nutrient.SUGARS, "G");
        add("269.3", Nutrient.SUGARS, "G");
        add("255", Nutrient.WATER, "G");
        add("301", Nutrient.CALCIUM, "MG");
        add("303", Nutrient.IRON, "MG");
        add("304", Nutrient.MAGNESIUM, "MG");
        add("305", Nutrient.PHOSPHORUS, "MG");
        add("306", Nutrient.POTASSIUM, "MG");
        add("307", Nutrient.SODIUM, "MG");
        add("309", Nutrient.ZINC, "MG");
        add("317", Nutrient.SELENIUM, "UG");
        add("312", Nutrient.COPPER, "MG");
        add("320", Nutrient.VITAMIN_A, "UG");
        add("401", Nutrient.VITAMIN_C, "MG");
        add("328", Nutrient.VITAMIN_D, "UG");
        add("323", Nutrient.VITAMIN_E, "MG");
        add("430", Nutrient.VITAMIN_K, "UG");
        add("404", Nutrient.THIAMIN, "MG");
        add("405", Nutrient.RIBOFLAVIN, "MG");
        add("406", Nutrient.NIACIN, "MG");
        add("415", Nutrient.VITAMIN_B6, "MG");
        add("418", Nutrient.VITAMIN_B12, "UG");
        add("417", Nutrient.FOLATE, "UG");
        add("421", Nutrient.CHOLINE, "MG");
    }

    private static final List<String> SLOTS = List.copyOf(NUMBERS.keySet());

    private static void add(String number, Nutrient n, String unit) {
        NUMBERS.put(number, n);
        UNITS.put(number, unit);
    }

    private FdcCsvImporter() {
    }

    /**
     * Reads the foods of the download in {@code dir}.
     *
     * @throws BadInputException for a missing folder, file or column, or a malformed cell (file:line)
     */
    public static ImportResult read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + (Files.exists(dir) ? ": is not a folder" : ": no such folder")
                    + "; expected the unpacked FoodData Central CSV download");
        }
        Map<String, String> categories = Files.exists(dir.resolve("food_category.csv"))
                ? pairs(dir.resolve("food_category.csv"), "id", "description") : Map.of();
        Map<String, String[]> foods = foods(dir.resolve("food.csv"), categories);
        Map<String, Integer> slotOfNutrientId = nutrients(dir.resolve("nutrient.csv"));
        Map<String, double[]> values = values(dir.resolve("food_nutrient.csv"), foods, slotOfNutrientId);
        Map<String, List<HouseholdMeasure>> measures = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (Files.exists(dir.resolve("food_portion.csv"))) {
            Map<String, String> units = Files.exists(dir.resolve("measure_unit.csv"))
                    ? pairs(dir.resolve("measure_unit.csv"), "id", "name") : Map.of();
            portions(dir.resolve("food_portion.csv"), foods, units, measures, problems);
        }
        List<Food> result = new ArrayList<>(foods.size());
        for (Map.Entry<String, String[]> e : foods.entrySet()) {
            String id = e.getKey();
            double[] v = values.get(id);
            if (v == null) {
                problems.add(new ImportProblem(id, "no nutrient values in food_nutrient.csv", false));
                continue;
            }
            try {
                Nutrients.Builder b = Nutrients.builder();
                boolean[] set = new boolean[Nutrient.values().length];
                for (int slot = 0; slot < SLOTS.size(); slot++) {
                    Nutrient n = NUMBERS.get(SLOTS.get(slot));
                    if (!Double.isNaN(v[slot]) && !set[n.ordinal()]) {
                        b.set(n, v[slot]); // the first slot given wins: 208 before 958 before 957, etc.
                        set[n.ordinal()] = true;
                    }
                }
                Nutrients per100 = b.build();
                if (per100.orZero(Nutrient.FIBRE) > per100.orZero(Nutrient.CARBOHYDRATE)) {
                    problems.add(new ImportProblem(id, "fibre " + Numbers.plain(per100.orZero(Nutrient.FIBRE))
                            + " g exceeds carbohydrate " + Numbers.plain(per100.orZero(Nutrient.CARBOHYDRATE))
                            + " g (net carbohydrate counts as 0)", true));
                }
                result.add(new Food(id, e.getValue()[0], e.getValue()[1], Basis.GRAM, per100,
                        measures.getOrDefault(id, List.of()), SOURCE, ""));
            } catch (IllegalArgumentException ex) {
                problems.add(new ImportProblem(id, ex.getMessage(), false));
            }
        }
        return new ImportResult(result, problems);
    }

    /** fdc_id -> {description, category} of the foods to import. */
    private static Map<String, String[]> foods(Path file, Map<String, String> categories) {
        Map<String, String[]> foods = new LinkedHashMap<>();
        try (CsvRows r = CsvRows.open(file, "fdc_id", "description")) {
            int id = r.column("fdc_id");
            int description = r.column("description");
            int type = r.has("data_type") ? r.column("data_type") : -1;
            int category = r.has("food_category_id") ? r.column("food_category_id") : -1;
            while (r.next()) {
                if (type >= 0 && !FOOD_TYPES.contains(r.get(type))) {
                    continue;
                }
                String fdcId = r.get(id);
                if (fdcId.isEmpty()) {
                    throw BadInputException.at(r.place(), "fdc_id is empty");
                }
                String group = category < 0 ? "" : categories.getOrDefault(r.get(category), "");
                foods.put(fdcId, new String[] {r.get(description), group});
            }
        }
        return foods;
    }

    /** nutrient id -> slot in {@link #SLOTS}, for the nutrients ketoplan keeps; checks their units. */
    private static Map<String, Integer> nutrients(Path file) {
        Map<String, Integer> slots = new HashMap<>();
        try (CsvRows r = CsvRows.open(file, "id", "unit_name", "nutrient_nbr")) {
            int id = r.column("id");
            int unit = r.column("unit_name");
            int nbr = r.column("nutrient_nbr");
            while (r.next()) {
                String number = normalise(r.get(nbr));
                if (!NUMBERS.containsKey(number)) {
                    continue;
                }
                String expected = UNITS.get(number);
                if (!expected.equalsIgnoreCase(r.get(unit))) {
                    throw BadInputException.at(r.place(), "nutrient " + number + " has unit '" + r.get(unit)
                            + "'; expected " + expected);
                }
                slots.put(r.get(id), SLOTS.indexOf(number));
            }
        }
        return slots;
    }

    /** "208.0" -> "208", "269.30" -> "269.3"; anything else as it is. */
    private static String normalise(String nbr) {
        try {
            return new BigDecimal(nbr).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return nbr;
        }
    }

    /** fdc_id -> amounts per 100 g by slot (NaN = not given). */
    private static Map<String, double[]> values(Path file, Map<String, String[]> foods, Map<String, Integer> slots) {
        Map<String, double[]> values = new HashMap<>(foods.size() * 2);
        try (CsvRows r = CsvRows.open(file, "fdc_id", "nutrient_id", "amount")) {
            int id = r.column("fdc_id");
            int nutrient = r.column("nutrient_id");
            int amount = r.column("amount");
            while (r.next()) {
                Integer slot = slots.get(r.get(nutrient));
                String fdcId = r.get(id);
                if (slot == null || !foods.containsKey(fdcId)) {
                    continue;
                }
                Double a = r.number(amount, "amount");
                if (a == null) {
                    continue;
                }
                values.computeIfAbsent(fdcId, k -> {
                    double[] v = new double[SLOTS.size()];
                    Arrays.fill(v, Double.NaN);
                    return v;
                })[slot] = a;
            }
        }
        return values;
    }

    private static void portions(Path file, Map<String, String[]> foods, Map<String, String> units,
                                 Map<String, List<HouseholdMeasure>> measures, List<ImportProblem> problems) {
        try (CsvRows r = CsvRows.open(file, "fdc_id", "amount", "gram_weight")) {
            int id = r.column("fdc_id");
            int amount = r.column("amount");
            int grams = r.column("gram_weight");
            int unit = r.has("measure_unit_id") ? r.column("measure_unit_id") : -1;
            int description = r.has("portion_description") ? r.column("portion_description") : -1;
            int modifier = r.has("modifier") ? r.column("modifier") : -1;
            while (r.next()) {
                String fdcId = r.get(id);
                if (!foods.containsKey(fdcId)) {
                    continue;
                }
                List<String> parts = new ArrayList<>(3);
                String unitName = unit < 0 ? "" : units.getOrDefault(r.get(unit), "");
                if (!unitName.isEmpty() && !unitName.equals("undetermined")) {
                    parts.add(unitName);
                }
                for (int c : new int[] {description, modifier}) {
                    if (c >= 0 && !r.get(c).isEmpty() && !parts.contains(r.get(c))) {
                        parts.add(r.get(c));
                    }
                }
                String name = parts.isEmpty() ? "portion" : String.join(", ", parts);
                Double a = r.number(amount, "amount");
                Double g = r.number(grams, "gram_weight");
                try {
                    measures.computeIfAbsent(fdcId, k -> new ArrayList<>(4)).add(new HouseholdMeasure(
                            a == null ? 1.0 : a, name, g == null ? Double.NaN : g));
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(fdcId, "measure '" + name + "' left out (" + r.place() + "): "
                            + e.getMessage(), true));
                }
            }
        }
    }

    /** A two-column lookup table (id -> text). */
    private static Map<String, String> pairs(Path file, String key, String value) {
        Map<String, String> map = new HashMap<>();
        try (CsvRows r = CsvRows.open(file, key, value)) {
            int k = r.column(key);
            int v = r.column(value);
            while (r.next()) {
                map.put(r.get(k), r.get(v));
            }
        }
        return map;
    }
}
