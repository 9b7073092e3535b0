package org.ketoplan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * Reads a plan and checks it as a whole ({@link PlanValidation}).
     *
     * @throws BadInputException naming the file, the line and the field when it does not parse, its format version
     *                           is unknown, a value is invalid, or its values do not agree with each other
     *                           ({@link Disagrees})
     */
    public static Plan read(Path file) {
        Checked c = readForCheck(file);
        if (!c.inconsistencies().isEmpty()) {
            int more = c.inconsistencies().size() - 1;
            throw new Disagrees(file, c.inconsistencies().get(0) + (more == 0 ? "" : " (and " + more + " more)")
                    + "; the plan's values do not agree (was it edited by hand?)");
        }
        return c.plan();
    }

    /**
     * A plan refused for a reason the plan check explains in full (it lists what is wrong and can recompute it): a
     * front end offers it for {@link #file()}.
     */
    public abstract static sealed class CheckExplains extends BadInputException permits Disagrees, OtherFoodData {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        CheckExplains(Path file, String message) {
            super(message);
            this.file = file;
        }

        /** The plan file. */
        public Path file() {
            return file;
        }
    }

    /**
     * A plan whose values do not agree with each other (edited by hand?): the message names the first problem; the
     * plan check lists them all and recomputes them from the grams.
     */
    public static final class Disagrees extends CheckExplains {
        private static final long serialVersionUID = 1L;

        Disagrees(Path file, String message) {
            super(file, message);
        }
    }

    /**
     * A plan read for {@code plan check}: its values that do not agree with each other are listed, not refused.
     *
     * @param plan the plan
     * @param inconsistencies "file:line: field: what", one per problem of kind {@link PlanValidation.Kind#INCONSISTENT}
     */
    public record Checked(Plan plan, List<String> inconsistencies) {
    }

    /**
     * Reads a plan, refusing invalid values but listing inconsistent ones.
     *
     * @throws BadInputException as {@link #read(Path)}, except for inconsistent values
     */
    public static Checked readForCheck(Path file) {
        Document doc = Document.read(file, Document.Format.JSON, Limits.PLAN_FILE_BYTES);
        if (!doc.root().isObject()) {
            throw doc.at("", "expected a plan (a JSON object with format_version, patient, days, ...)");
        }
        JsonNode version = doc.root().path("format_version");
        if (version.isIntegralNumber() && !readable(version.asLong())) {
            throw doc.at("/format_version", version.asLong() + " is not supported (this ketoplan reads versions "
                    + Plan.OLDEST_FORMAT_VERSION + " to " + Plan.FORMAT_VERSION + ")");
        }
        Plan plan = doc.bind(Plan.class);
        if (!readable(plan.formatVersion())) {
            throw new BadInputException(file + ": format_version " + plan.formatVersion()
                    + " is not supported (this ketoplan reads versions " + Plan.OLDEST_FORMAT_VERSION + " to "
                    + Plan.FORMAT_VERSION + ")");
        }
        // version 1 has the same fields; its kind and unit were free text, which binding has now checked
        plan = plan.formatVersion() == Plan.FORMAT_VERSION ? plan : plan.inFormat(Plan.FORMAT_VERSION);
        List<String> inconsistencies = new ArrayList<>();
        for (PlanValidation.Problem p : PlanValidation.problems(plan)) {
            String line = doc.at(p.pointer(), p.message()).getMessage();
            if (p.kind() == PlanValidation.Kind.INVALID) {
                throw new BadInputException(line);
            }
            inconsistencies.add(line);
        }
        return new Checked(plan, inconsistencies);
    }

    private static boolean readable(long version) {
        return version >= Plan.OLDEST_FORMAT_VERSION && version <= Plan.FORMAT_VERSION;
    }

    /**
     * Fails when {@code plan} was made with another food data version than {@code current}, naming both; the
     * failure is an {@link OtherFoodData}, so a front end can offer the plan check, which lists the meals that changed.
     */
    public static void requireFoodDataVersion(Path file, Plan plan, String current) {
        if (!plan.foodDataVersion().equals(current)) {
            throw new OtherFoodData(file, file + ": made with food data version '" + plan.foodDataVersion()
                    + "', but this ketoplan has '" + current + "'");
        }
    }

    /**
     * A plan made with another food data version than this ketoplan's: its stored values may no longer match the
     * foods; the plan check lists the meals that changed.
     */
    public static final class OtherFoodData extends CheckExplains {
        private static final long serialVersionUID = 1L;

        OtherFoodData(Path file, String message) {
            super(file, message);
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
