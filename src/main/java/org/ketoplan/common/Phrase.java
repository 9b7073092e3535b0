package org.ketoplan.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text for a person (a warning, a note, a rule explained) that refers to a setting a person gives by its field
 * ({@link BadInputException.Field}, e.g. "max_feed_ml_per_kg"), so that each front end writes the reference with its
 * own label: the command line with its option's name, a form with its field's label. Domain code
 * writes its texts this way and never a front end's words.
 *
 * @param words the text's words (strings) and field references, in order
 */
public record Phrase(List<Object> words) {
    /** Copies the words; each is a string or a field reference. */
    public Phrase {
        words = List.copyOf(words);
        for (Object w : words) {
            if (!(w instanceof String) && !(w instanceof BadInputException.Field)) {
                throw new IllegalArgumentException("a phrase holds words and field references, not " + w);
            }
        }
    }

    /** A phrase of words (any object, as text) and field references ({@link BadInputException#ref}). */
    public static Phrase of(Object... words) {
        List<Object> list = new ArrayList<>();
        for (Object w : words) {
            list.add(w instanceof BadInputException.Field ? w : String.valueOf(w));
        }
        return new Phrase(list);
    }

    /** The text with each field reference written by {@code label}. */
    public String render(UnaryOperator<String> label) {
        StringBuilder b = new StringBuilder();
        for (Object w : words) {
            b.append(w instanceof BadInputException.Field f ? label.apply(f.name()) : (String) w);
        }
        return b.toString();
    }

    /** The fields the text refers to, in order, each once. */
    public List<String> fields() {
        List<String> names = new ArrayList<>();
        for (Object w : words) {
            if (w instanceof BadInputException.Field f && !names.contains(f.name())) {
                names.add(f.name());
            }
        }
        return names;
    }

    /** The text with each field written by its name ("max_feed_ml_per_kg"). */
    @Override
    public String toString() {
        return render(UnaryOperator.identity());
    }
}
