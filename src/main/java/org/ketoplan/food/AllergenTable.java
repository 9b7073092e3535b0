package org.ketoplan.food;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;

/**
 * The shipped allergen table, {@code foods/allergens.csv}: one row per shipped food with the groups it contains,
 * whether that list is complete, and how it was decided, for a dietitian to read and correct.
 *
 * <p>Columns: {@code id,name,allergens,complete,how}. {@code allergens} is a "; "-separated list of
 * {@link Allergen#word()}s (empty: none); {@code complete} is {@code yes} (no other group) or {@code no} (at least
 * these; others not known). A row whose {@code how} starts with {@code reviewed} was corrected by hand and is kept
 * as it is when the table is derived again ({@link AllergenRules}).
 */
public final class AllergenTable {
    /** The table's file name under {@code foods/}. */
    public static final String FILE = "allergens.csv";
    /** The header. */
    static final List<String> HEADER = List.of("id", "name", "allergens", "complete", "how");
    /** How a row corrected by hand starts. */
    public static final String REVIEWED = "reviewed";

    private AllergenTable() {
    }

    /**
     * One row.
     *
     * @param id the food's id
     * @param name its name (for readers; not used when loading)
     * @param allergens the groups and whether the list is complete
     * @param how how the groups were decided ("SR group ...; name rule ...", "label: ...", "reviewed: ...")
     */
    public record Row(String id, String name, Allergens allergens, String how) {
        /** True when a person corrected the row. */
        public boolean reviewed() {
            return how.startsWith(REVIEWED);
        }
    }

    /**
     * Reads the table.
     *
     * @throws BadInputException "allergens.csv:LINE: ..." for a malformed row or an unknown group
     */
    public static Map<String, Row> read(String name, Reader in) {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (in) {
            CsvRows p = CsvRows.of(name, in);
            List<String> row = new ArrayList<>(5);
            boolean header = true;
            while (p.next(row)) {
                String place = name + ":" + p.line();
                if (header) {
                    if (!row.equals(HEADER)) {
                        throw BadInputException.at(place, "expected the header " + String.join(",", HEADER));
                    }
                    header = false;
                    continue;
                }
                if (row.size() != HEADER.size()) {
                    throw BadInputException.at(place, "expected " + HEADER.size() + " columns, found " + row.size());
                }
                Row r = new Row(row.get(0), row.get(1), allergens(place, row.get(2), row.get(3)), row.get(4));
                if (rows.put(r.id(), r) != null) {
                    throw BadInputException.at(place, "food " + r.id() + " has two rows");
                }
            }
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read (" + e.getMessage() + ")");
        }
        return rows;
    }

    private static Allergens allergens(String place, String list, String complete) {
        EnumSet<Allergen> groups = EnumSet.noneOf(Allergen.class);
        for (String w : list.split(";")) {
            if (!w.isBlank()) {
                try {
                    groups.addAll(Allergen.parse(w));
                } catch (IllegalArgumentException e) {
                    throw BadInputException.at(place, "allergens: " + e.getMessage());
                }
            }
        }
        boolean all = switch (complete.trim()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw BadInputException.at(place, "complete: '" + complete + "' must be yes or no");
        };
        return new Allergens(groups, all);
    }

    /** Writes {@code rows} in the given order. */
    public static void write(List<Row> rows, OutputStream out) throws IOException {
        try (CsvGenerator g = (CsvGenerator) new CsvFactory().createGenerator(out)) {
            row(g, HEADER);
            for (Row r : rows) {
                row(g, List.of(r.id(), r.name(), String.join("; ", r.allergens().words()),
                        r.allergens().complete() ? "yes" : "no", r.how()));
            }
        }
    }

    private static void row(CsvGenerator g, List<String> cells) throws IOException {
        g.writeStartArray();
        for (String c : cells) {
            g.writeString(c);
        }
        g.writeEndArray();
    }
}
