package org.ketoplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.BadInputException;

/**
 * The one error of a request that makes no sense: a field and its value, and what is wrong, in words that refer to
 * fields by their names ("kcal", "ratio", "max_food"), never by how a front end asks for them. A front end renders
 * the message with its own labels ({@link #render}): the command line with its option names, a form with its
 * field labels. Every other exception from a service is an internal error, except a file that does not read
 * ({@link BadInputException} naming file:line) and no amounts that keep every band
 * ({@link org.ketoplan.common.NoSolutionException}).
 */
public final class InvalidRequest extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object value;

    private InvalidRequest(String field, Object value, List<Object> words) {
        super(words);
        this.field = field;
        this.value = value;
    }

    /** "FIELD: problem", e.g. {@code of("step", 2.0, "must be 1 or 0.1 (grams), not 2")}. */
    public static InvalidRequest of(String field, Object value, String problem) {
        return phrased(field, value, ref(field), ": " + problem);
    }

    /**
     * A message of words and {@link Field} references, e.g. {@code phrased("kcal", -5, ref("kcal"),
     * " must be above zero (-5.0)")}.
     */
    public static InvalidRequest phrased(String field, Object value, Object... words) {
        return new InvalidRequest(Objects.requireNonNull(field, "field"), value, list(words));
    }

    /** The field whose value is wrong ("kcal", "food", "max_food"). */
    public String field() {
        return field;
    }

    /** The rejected value as given (a number, a text, a file), or null when the field is missing. */
    public Object value() {
        return value;
    }

    /** The fields the message refers to, the rejected one first. */
    public List<String> fieldsNamed() {
        List<String> names = new ArrayList<>(List.of(field));
        for (String f : fieldsReferred()) {
            if (!names.contains(f)) {
                names.add(f);
            }
        }
        return names;
    }
}
