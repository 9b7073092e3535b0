package org.ketoplan.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.ketoplan.common.BadInputException;

/**
 * The one error of a request that makes no sense: a field and its value, and what is wrong, in words that refer to
 * fields by their names ("kcal", "ratio", "max_food"), never by how a front end asks for them. A front end renders
 * the message with its own labels ({@link #render}): the command line with its option names, a form with its
 * field labels. Every other exception from a service is an internal error.
 */
public final class InvalidRequest extends BadInputException {
    private static final long serialVersionUID = 1L;

    /** A reference to a field inside a message, rendered with the front end's label for it. */
    public record Field(String name) {
        /** Rejects a blank name. */
        public Field {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a field needs a name");
            }
        }
    }

    private final String field;
    private final transient Object value;
    private final transient List<Object> words;

    private InvalidRequest(String field, Object value, List<Object> words) {
        super(render(words, UnaryOperator.identity()));
        this.field = field;
        this.value = value;
        this.words = List.copyOf(words);
    }

    /** "FIELD: problem", e.g. {@code of("step", 2.0, "must be 1 or 0.1 (grams), not 2")}. */
    public static InvalidRequest of(String field, Object value, String problem) {
        return phrased(field, value, new Field(field), ": " + problem);
    }

    /**
     * A message of words and {@link Field} references, e.g. {@code phrased("kcal", -5, ref("kcal"),
     * " must be above zero (-5.0)")}.
     */
    public static InvalidRequest phrased(String field, Object value, Object... words) {
        List<Object> list = new ArrayList<>();
        for (Object w : words) {
            list.add(w instanceof Field ? w : String.valueOf(w));
        }
        return new InvalidRequest(Objects.requireNonNull(field, "field"), value, list);
    }

    /** A reference to the field {@code name}, for {@link #phrased}. */
    public static Field ref(String name) {
        return new Field(name);
    }

    /** The field whose value is wrong ("kcal", "food", "max_food"). */
    public String field() {
        return field;
    }

    /** The rejected value as given (a number, a text, a file), or null when the field is missing. */
    public Object value() {
        return value;
    }

    /** The message with each field written by {@code label} (the command line gives its option names). */
    public String render(UnaryOperator<String> label) {
        return render(words, label);
    }

    /** The fields the message refers to, the rejected one first. */
    public List<String> fieldsNamed() {
        List<String> names = new ArrayList<>(List.of(field));
        for (Object w : words) {
            if (w instanceof Field f && !names.contains(f.name())) {
                names.add(f.name());
            }
        }
        return names;
    }

    private static String render(List<Object> words, UnaryOperator<String> label) {
        StringBuilder b = new StringBuilder();
        for (Object w : words) {
            b.append(w instanceof Field f ? label.apply(f.name()) : (String) w);
        }
        return b.toString();
    }
}
