package org.ketoplan.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.Mappers;
import org.ketoplan.common.SpreadsheetText;
import org.ketoplan.common.Text;
import org.ketoplan.plan.Plan;

/**
 * Writes a plan as flat rows, one per food per meal: CSV (for any spreadsheet) or JSON (for other programs).
 *
 * <p>CSV columns: {@code date, meal, time, recipe, food_id, food, grams, unit, counted, fat_g, protein_g, carb_g,
 * kcal}; text cells that a spreadsheet would run as a formula are escaped ({@link SpreadsheetText#safe}) and
 * control characters become spaces (JSON escapes them itself). The
 * macros are rounded to 0.001 g (kcal to 0.01); the amount is written as planned.
 */
public final class FlatExport {
    /** The CSV header, in order. */
    public static final List<String> COLUMNS = List.of("date", "meal", "time", "recipe", "food_id", "food", "grams",
            "unit", "counted", "fat_g", "protein_g", "carb_g", "kcal");

    private FlatExport() {
    }

    /** Writes {@code plan}'s rows as UTF-8 CSV to {@code target} (atomically; replaces only with {@code force}). */
    public static int csv(Plan plan, Path target, boolean force) {
        List<PlanRow> rows = PlanRow.of(plan);
        AtomicFiles.write(target, force, out -> csv(rows, out));
        return rows.size();
    }

    /** Writes {@code plan}'s rows as JSON to {@code target}: the plan's identity and a {@code rows} array. */
    public static int json(Plan plan, Path target, boolean force) {
        List<PlanRow> rows = PlanRow.of(plan);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("patient", plan.patient().name());
        doc.put("start", plan.start() == null ? null : plan.start().toString());
        doc.put("end", plan.end() == null ? null : plan.end().toString());
        doc.put("food_data_version", plan.foodDataVersion());
        doc.put("carb_convention", plan.prescription().carbConvention().word());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PlanRow r : rows) {
            list.add(values(r, false));
        }
        doc.put("rows", list);
        String text;
        try {
            text = Mappers.json().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rows as JSON", e);
        }
        AtomicFiles.writeString(target, force, text);
        return rows.size();
    }

    static void csv(List<PlanRow> rows, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            schema.addColumn(c);
        }
        CsvMapper mapper = new CsvMapper();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var seq = mapper.writer(schema.build()).writeValues(w)) { // closing it flushes and closes w
            for (PlanRow r : rows) {
                seq.write(values(r, true));
            }
        }
    }

    private static Map<String, Object> values(PlanRow r, boolean escape) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", r.date().toString());
        m.put("meal", text(r.meal(), escape));
        m.put("time", text(r.time(), escape));
        m.put("recipe", text(r.recipe(), escape));
        m.put("food_id", text(r.foodId(), escape));
        m.put("food", text(r.food(), escape));
        m.put("grams", escape ? BigDecimal.valueOf(r.grams()).stripTrailingZeros().toPlainString() : r.grams());
        m.put("unit", text(r.unit(), escape));
        m.put("counted", r.counted());
        m.put("fat_g", round(r.fatG(), 3));
        m.put("protein_g", round(r.proteinG(), 3));
        m.put("carb_g", round(r.carbG(), 3));
        m.put("kcal", round(r.kcal(), 2));
        return m;
    }

    private static String text(String s, boolean escape) {
        return escape ? SpreadsheetText.safe(Text.withoutControls(s, "")) : s;
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
