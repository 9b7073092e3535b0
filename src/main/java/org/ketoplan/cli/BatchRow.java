package org.ketoplan.cli;

import java.util.List;
import org.ketoplan.plan.BatchPlanner;

/**
 * One patient of {@code plan --patients} as JSON: {@code patient}, {@code patient_file}, {@code plan_file},
 * {@code days}, {@code meals}, {@code warnings} (the plan's notes), {@code exit_code} (what {@code plan --patient}
 * would have exited with) and {@code message} (why it was not planned).
 */
record BatchRow(String patient, String patientFile, String planFile, int days, int meals, List<String> warnings,
                int exitCode, String message) {

    static BatchRow of(BatchPlanner.Result r) {
        return new BatchRow(r.job().name(), r.job().patientFile().toString(), r.job().planFile().toString(), r.days(),
                r.meals(), r.warnings(), code(r.status()), r.message());
    }

    /** The exit code {@code plan --patient} gives for the same outcome. */
    static int code(BatchPlanner.Status status) {
        return switch (status) {
            case PLANNED -> ExitCodes.OK;
            case BAD_INPUT -> ExitCodes.BAD_INPUT;
            case NO_SOLUTION -> ExitCodes.NO_SOLUTION;
            case FAILED -> ExitCodes.INTERNAL_ERROR;
        };
    }

    /** 0 when every patient was planned; else the most serious code: 1 (internal), then 2 (input), then 3. */
    static int exitCode(List<BatchPlanner.Result> results) {
        int worst = ExitCodes.OK;
        for (BatchPlanner.Result r : results) {
            int c = code(r.status());
            if (c != ExitCodes.OK && (worst == ExitCodes.OK || c < worst)) {
                worst = c;
            }
        }
        return worst;
    }
}
