package org.ketoplan.prescription;

/**
 * A value rejected by a record's constructor, naming the field (as spelled in the patient file) so that
 * {@link PatientFile} can point at the field's line.
 */
final class FieldProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    FieldProblem(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name in the file, e.g. "weight_kg". */
    String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    String problem() {
        return problem;
    }
}
