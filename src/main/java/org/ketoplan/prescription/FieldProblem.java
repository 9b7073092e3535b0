package org.ketoplan.prescription;

import org.ketoplan.common.FieldError;

/**
 * A value rejected by a record's constructor, naming the field (as spelled in the patient file) so that
 * {@link PatientFile} can point at the field's line.
 */
final class FieldProblem extends FieldError {
    private static final long serialVersionUID = 1L;

    FieldProblem(String field, String problem) {
        super(field, problem);
    }
}
