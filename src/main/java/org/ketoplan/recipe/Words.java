package org.ketoplan.recipe;

import org.ketoplan.common.FieldError;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the words of recipe files ("smooth purée", "finger-food") into enum constants, forgiving case and accents. */
final class Words {
    private Words() {
    }

    /**
     * The constant of {@code type} whose word matches {@code text}, ignoring case, accents, and the difference between
     * spaces, hyphens and underscores.
     *
     * @throws FieldError "FIELD: 'text' is not one of a, b, c"
     */
    static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> word, String field, String text) {
        String key = key(text);
        for (E e : type.getEnumConstants()) {
            if (key(word.apply(e)).equals(key)) {
                return e;
            }
        }
        throw new FieldError(field, "'" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(word).collect(Collectors.joining(", ")));
    }

    /** The enum constant's name as a lower-case word with hyphens ("FINGER_FOOD" -> "finger-food"). */
    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }
}
