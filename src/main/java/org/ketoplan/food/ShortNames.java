package org.ketoplan.food;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Limits;

/**
 * The household names of shipped foods, {@code foods/short-names.csv} ({@code id,short_name}): what a parent reads on
 * a day sheet ("double cream (heavy whipping)") where the USDA's descriptive name ("Cream, fluid, heavy whipping")
 * stays in the workbook. Every food a shipped recipe uses has one. They are presentation, not composition, so they
 * are not part of the food data version.
 */
final class ShortNames {
    private static final List<String> HEADER = List.of("id", "short_name");

    private ShortNames() {
    }

    /**
     * The names by food id.
     *
     * @throws IllegalStateException for a malformed table (a build error: the file ships with the program)
     */
    static Map<String, String> read(InputStream in) {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CsvRows p = CsvRows.of("foods/" + FoodDatabases.SHORT_NAMES, reader);
            List<String> row = new ArrayList<>(2);
            boolean header = true;
            while (p.next(row)) {
                String place = "foods/" + FoodDatabases.SHORT_NAMES + ":" + p.line();
                if (header) {
                    if (!row.equals(HEADER)) {
                        throw new IllegalStateException(place + ": expected the header id,short_name");
                    }
                    header = false;
                    continue;
                }
                if (row.size() != 2 || row.get(1).isBlank() || row.get(1).length() > Limits.NAME_CHARS) {
                    throw new IllegalStateException(place + ": expected an id and a name of 1 to "
                            + Limits.NAME_CHARS + " characters");
                }
                if (names.put(row.get(0), row.get(1).strip()) != null) {
                    throw new IllegalStateException(place + ": food " + row.get(0) + " has two rows");
                }
            }
        } catch (IOException | BadInputException e) {
            // a malformed row: the table ships with the program, so this is a build error, not the user's
            throw new IllegalStateException(e instanceof BadInputException ? e.getMessage()
                    : "cannot read foods/" + FoodDatabases.SHORT_NAMES, e);
        }
        return names;
    }
}
