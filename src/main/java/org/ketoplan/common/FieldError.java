package org.ketoplan.common;

/**
 * A value rejected by a value type, naming the field as spelled in the file ("weight_kg", "eaten_g"), so that a
 * file reader can point at the field's line and a command can name its own option for it.
 */
public class FieldError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /** "field: problem". */
    public FieldError(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's name in the file, e.g. "weight_kg". */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String problem() {
        return problem;
    }
}
