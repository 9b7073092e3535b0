package org.ketoplan.common;

/**
 * Input that parses but makes no sense, or does not parse: an unknown food, a negative weight, a broken file.
 * The CLI prints {@link #getMessage()} as one line and exits with code 2.
 *
 * <p>The message names the place first ("patient.yaml:7: weight_kg ..." or "fat: ..."). Where it refers to a value a
 * person gives (a field of a request: "force", "kcal"), the reference is a {@link Field}, which each front end
 * writes with its own label ({@link #render}: the command line with its option's name); domain code never
 * writes a front end's words.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A reference to a field inside a message, written by the front end's label for it. */
    public record Field(String name) {
        /** Rejects a blank name. */
        public Field {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a field needs a name");
            }
        }
    }

    /** The message's words and field references; null when it has none. */
    private final transient java.util.List<Object> words;

    /** A message of words and {@link Field} references, e.g. {@code phrased(ref("force"), ...)}. */
    protected BadInputException(java.util.List<Object> words) {
        super(render(words, java.util.function.UnaryOperator.identity()));
        this.words = java.util.List.copyOf(words);
    }

    /** A message of words (any text) and {@link Field} references ({@link #ref}). */
    public static BadInputException phrased(Object... words) {
        return new BadInputException(list(words));
    }

    /** A reference to the field {@code name}, for {@link #phrased}. */
    public static Field ref(String name) {
        return new Field(name);
    }

    /** The message with each field reference written by {@code label} (the command line gives its option names). */
    public String render(java.util.function.UnaryOperator<String> label) {
        return words == null ? getMessage() : render(words, label);
    }

    /** The fields the message refers to, in order. */
    public java.util.List<String> fieldsReferred() {
        return words == null ? java.util.List.of() : new Phrase(words).fields();
    }

    /** Words as given: fields kept, anything else as text. */
    protected static java.util.List<Object> list(Object... words) {
        return Phrase.of(words).words();
    }

    private static String render(java.util.List<Object> words, java.util.function.UnaryOperator<String> label) {
        return new Phrase(words).render(label);
    }

    /** An error whose message already names its place. */
    public BadInputException(String message) {
        super(message);
        this.words = null;
    }

    /** An error whose message already names its place, caused by {@code cause}. */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
        this.words = null;
    }

    /** An error at {@code place} (a file:line, an option or a field): "place: message". */
    public static BadInputException at(String place, String message) {
        return new BadInputException(place + ": " + message);
    }
}
