package org.ketoplan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Document;
import org.ketoplan.common.Limits;
import org.ketoplan.common.Mappers;

/** Reads and writes {@code plan.json}, the plan of record. */
public final class PlanFile {
    private PlanFile() {
    }

    /**
     * Reads a plan.
     *
     * @throws BadInputException naming the file and line when it does not parse, or its format version is unknown
     */
    public static Plan read(Path file) {
        Document doc = Document.read(file, Document.Format.JSON, Limits.PLAN_FILE_BYTES);
        if (!doc.root().isObject()) {
            throw doc.at("", "expected a plan (a JSON object with format_version, patient, days, ...)");
        }
        Plan plan = doc.bind(Plan.class);
        if (plan.formatVersion() != Plan.FORMAT_VERSION) {
            throw new BadInputException(file + ": format_version " + plan.formatVersion()
                    + " is not supported (this ketoplan reads version " + Plan.FORMAT_VERSION + ")");
        }
        return plan;
    }

    /**
     * Fails when {@code plan} was made with another food data version than {@code current}, naming both and the
     * command that checks what changed.
     */
    public static void requireFoodDataVersion(Path file, Plan plan, String current) {
        if (!plan.foodDataVersion().equals(current)) {
            throw new BadInputException(file + ": made with food data version '" + plan.foodDataVersion()
                    + "', but this ketoplan has '" + current + "'; run 'ketoplan plan check " + file
                    + "' to see which meals changed");
        }
    }

    /** Writes {@code plan} to {@code file} atomically; an existing file is replaced only with {@code force}. */
    public static void write(Path file, Plan plan, boolean force) {
        String json;
        try {
            json = Mappers.json().writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan as JSON", e);
        }
        AtomicFiles.writeString(file, force, json);
    }
}
