package org.ketoplan.food;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.SpreadsheetText;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;
import org.ketoplan.nutrition.Numbers;

/**
 * The CSV format of the shipped food tables: one file of foods and one of household measures.
 *
 * <p>Foods: header {@code id,name,group,} then one column per {@link Nutrient} key in enum order
 * ({@code kcal,fat_g,protein_g,...}), then {@code note} (a caution shown with the food, usually empty); values per
 * 100 g; an empty cell means the source does not report the nutrient (unknown, not zero). A file without the
 * {@code note} column is read too.
 * Measures: {@code id,amount,measure,grams}. Both are UTF-8, RFC 4180 quoting, sorted by id, text a spreadsheet
 * would run as a formula escaped ({@link SpreadsheetText#escape}), so that a
 * re-import shows as a readable diff.
 */
public final class FoodTable {
    /** The fixed leading columns of the foods file. */
    static final List<String> LEAD = List.of("id", "name", "group");
    /** The header of the measures file. */
    static final List<String> MEASURE_HEADER = List.of("id", "amount", "measure", "grams");
    /** The optional last column of the foods file. */
    static final String NOTE = "note";

    private static final CsvFactory CSV = new CsvFactory();

    private FoodTable() {
    }

    /** The header of the foods file. */
    public static List<String> foodHeader() {
        List<String> header = new ArrayList<>(LEAD);
        for (Nutrient n : Nutrient.values()) {
            header.add(n.key());
        }
        header.add(NOTE);
        return header;
    }

    /** Writes {@code foods} (nutrients only, in the given order) as the foods file. */
    public static void writeFoods(List<Food> foods, OutputStream out) throws IOException {
        try (CsvGenerator g = (CsvGenerator) CSV.createGenerator(out)) {
            writeRow(g, foodHeader());
            for (Food f : foods) {
                List<String> row = new ArrayList<>();
                row.add(f.id());
                row.add(SpreadsheetText.escape(f.name()));
                row.add(SpreadsheetText.escape(f.group()));
                for (Nutrient n : Nutrient.values()) {
                    row.add(f.per100().amount(n).isPresent() ? number(f.per100().amount(n).getAsDouble()) : "");
                }
                row.add(SpreadsheetText.escape(f.note()));
                writeRow(g, row);
            }
        }
    }

    /** Writes the household measures of {@code foods} as the measures file. */
    public static void writeMeasures(List<Food> foods, OutputStream out) throws IOException {
        try (CsvGenerator g = (CsvGenerator) CSV.createGenerator(out)) {
            writeRow(g, MEASURE_HEADER);
            for (Food f : foods) {
                for (HouseholdMeasure m : f.measures()) {
                    writeRow(g, List.of(f.id(), number(m.amount()), SpreadsheetText.escape(m.name()),
                            number(m.grams())));
                }
            }
        }
    }

    /**
     * Reads a foods file and its measures file into foods.
     *
     * @param name the foods file's name, for messages
     * @param source the source to record on each food
     */
    public static List<Food> read(String name, Reader foods, String measuresName, Reader measures, String source) {
        return read(name, foods, readMeasures(measuresName, measures), source);
    }

    /**
     * Reads a foods file, giving each food its household measures from {@code byId} (as read by
     * {@link #readMeasures}), so that the two files can be read at the same time.
     */
    static List<Food> read(String name, Reader foods, Map<String, List<HouseholdMeasure>> byId, String source) {
        List<Food> result = new ArrayList<>(9000);
        List<String> header = null;
        Nutrient[] columns = null;
        int line = 0;
        try (foods) {
            CsvRows p = CsvRows.of(name, foods);
            List<String> row = new ArrayList<>(40);
            while (p.next(row)) {
                line = p.line();
                if (header == null) {
                    header = List.copyOf(row);
                    columns = nutrientColumns(name, header);
                    continue;
                }
                if (row.size() != header.size()) {
                    throw BadInputException.at(name + ":" + line,
                            "expected " + header.size() + " columns, found " + row.size());
                }
                result.add(food(name, line, row, columns, byId, source));
            }
        } catch (IOException e) {
            throw BadInputException.at(name + ":" + line, "cannot read CSV (" + e.getMessage() + ")");
        }
        return result;
    }

    private static Food food(String name, int line, List<String> row, Nutrient[] columns,
                             Map<String, List<HouseholdMeasure>> measures, String source) {
        String id = row.get(0);
        try {
            Nutrients.Builder b = Nutrients.builder();
            String note = "";
            for (int i = LEAD.size(); i < row.size(); i++) {
                String cell = row.get(i);
                if (columns[i] == null) {
                    note = SpreadsheetText.unescape(cell);
                } else if (!cell.isEmpty()) {
                    b.set(columns[i], number(cell, columns[i].key()));
                }
            }
            return new Food(id, SpreadsheetText.unescape(row.get(1)), SpreadsheetText.unescape(row.get(2)), Basis.GRAM, b.build(), measures.getOrDefault(id, List.of()),
                    source, note);
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(name + ":" + line, "food " + id + ": " + e.getMessage());
        }
    }

    private static Nutrient[] nutrientColumns(String name, List<String> header) {
        if (header.size() < LEAD.size() || !header.subList(0, LEAD.size()).equals(LEAD)) {
            throw BadInputException.at(name + ":1", "header must start with " + String.join(",", LEAD));
        }
        Nutrient[] columns = new Nutrient[header.size()];
        for (int i = LEAD.size(); i < header.size(); i++) {
            if (i == header.size() - 1 && header.get(i).equals(NOTE)) {
                break; // the note column: columns[i] stays null
            }
            columns[i] = Nutrient.byKey(header.get(i));
            if (columns[i] == null) {
                throw BadInputException.at(name + ":1", "unknown nutrient column '" + header.get(i) + "'");
            }
        }
        return columns;
    }

    /** Reads a measures file: each food id's household measures. */
    static Map<String, List<HouseholdMeasure>> readMeasures(String name, Reader in) {
        Map<String, List<HouseholdMeasure>> byId = new HashMap<>(9000);
        if (in == null) {
            return byId;
        }
        int line = 0;
        try (in) {
            CsvRows p = CsvRows.of(name, in);
            List<String> row = new ArrayList<>(4);
            while (p.next(row)) {
                line = p.line();
                if (line == 1) {
                    if (!row.equals(MEASURE_HEADER)) {
                        throw BadInputException.at(name + ":1", "header must be " + String.join(",", MEASURE_HEADER));
                    }
                    continue;
                }
                if (row.size() != 4) {
                    throw BadInputException.at(name + ":" + line, "expected 4 columns, found " + row.size());
                }
                try {
                    byId.computeIfAbsent(row.get(0), k -> new ArrayList<>(4)).add(new HouseholdMeasure(
                            number(row.get(1), "amount"), SpreadsheetText.unescape(row.get(2)), number(row.get(3), "grams")));
                } catch (IllegalArgumentException e) {
                    throw BadInputException.at(name + ":" + line, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw BadInputException.at(name + ":" + line, "cannot read CSV (" + e.getMessage() + ")");
        }
        return byId;
    }

    private static void writeRow(CsvGenerator g, List<String> row) throws IOException {
        g.writeStartArray();
        for (String cell : row) {
            g.writeString(cell);
        }
        g.writeEndArray();
    }

    /**
     * Parses a cell: plain decimals ("81.11", "0.005", "717") directly, anything else through {@link Numbers#parse}
     * (which explains a decimal comma or a non-number).
     */
    static double number(String cell, String what) {
        int n = cell.length();
        boolean plain = n > 0 && n < 19;
        int dots = 0;
        for (int i = 0; i < n && plain; i++) {
            char c = cell.charAt(i);
            if (c == '.') {
                dots++;
                plain = dots == 1 && i > 0 && i < n - 1;
            } else {
                plain = c >= '0' && c <= '9';
            }
        }
        return plain ? Double.parseDouble(cell) : Numbers.parse(cell, what);
    }

    /** A number as short as it can be written exactly: 81.11, 0.005, 717. */
    static String number(double v) {
        return Numbers.plain(v);
    }

    /** Opens a resource from the jar, or fails with a message naming it. */
    static InputStream resource(String path) {
        InputStream in = FoodTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the food database " + path + " is missing from the jar; rebuild");
        }
        return in;
    }
}
