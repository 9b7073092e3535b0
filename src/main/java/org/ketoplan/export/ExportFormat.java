package org.ketoplan.export;

import java.nio.file.Path;
import java.util.Locale;
import org.ketoplan.common.BadInputException;

import static org.ketoplan.common.BadInputException.phrased;
import static org.ketoplan.common.BadInputException.ref;

/** The file formats {@code ketoplan export} writes. */
public enum ExportFormat {
    /** The dietitian's workbook with live formulas. */
    XLSX,
    /** One row per food per meal, for any spreadsheet. */
    CSV,
    /** The same rows as JSON, for other programs. */
    JSON;

    /**
     * {@code given} when not null, else the format named by {@code out}'s extension.
     *
     * @throws BadInputException naming the output file when its extension says nothing and no format is given
     */
    public static ExportFormat of(ExportFormat given, Path out) {
        if (given != null) {
            return given;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw phrased(ref("out"), ": cannot tell the format from '"
                + out.getFileName() + "'; end the name with .xlsx, .csv or .json, or add ", ref("as"),
                " xlsx|csv|json");
    }
}
