package org.ketoplan.prescription;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import org.ketoplan.nutrition.CarbConvention;
import org.ketoplan.nutrition.Numbers;
import org.ketoplan.nutrition.Ratio;

/**
 * Readers of single patient-file values that check the value where it stands, so an error names the line of the
 * value itself and its field path (not the end of the enclosing block).
 */
final class Fields {
    private Fields() {
    }

    /** The value's text: a number token as written, or a string. */
    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
            return p.getText().trim();
        }
        throw JsonMappingException.from(p, "expected a value, not " + describe(t));
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "a block of fields";
            case START_ARRAY -> "a list";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> String.valueOf(t).toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A value read from its text by {@code parse}; the parser's IllegalArgumentException becomes an error at the
     * value's line. Jackson needs a class with a no-argument constructor per value kind, hence the subclasses.
     */
    abstract static class TextValue<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

        TextValue(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p);
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage().replaceFirst("^value: ", ""));
            }
        }
    }

    /** A number above zero. */
    static final class Positive extends TextValue<Double> {
        private static final long serialVersionUID = 1L;

        Positive() {
            super(Double.class, t -> checked(Numbers.parse(t, "value"), v -> v > 0, "must be above zero"));
        }
    }

    /** A whole number ("2", not "2.5"). */
    static final class WholeNumber extends TextValue<Integer> {
        private static final long serialVersionUID = 1L;

        WholeNumber() {
            super(Integer.class, t -> {
                double v = Numbers.parse(t, "value");
                if (v != Math.rint(v) || Math.abs(v) > 1e6) {
                    throw new IllegalArgumentException("'" + t + "' is not a whole number");
                }
                return (int) v;
            });
        }
    }

    /** A number of at least zero. */
    static final class NonNegative extends TextValue<Double> {
        private static final long serialVersionUID = 1L;

        NonNegative() {
            super(Double.class, t -> checked(Numbers.parse(t, "value"), v -> v >= 0, "must not be negative"));
        }
    }

    /** A ratio from 0.5 to 6: "4", "3.5", "4:1". */
    static final class RatioValue extends TextValue<Double> {
        private static final long serialVersionUID = 1L;

        RatioValue() {
            super(Double.class, Ratio::parse);
        }
    }

    /** A meal's share of the day: a fraction (0.25) or a percentage ("25%"). */
    static final class ShareValue extends TextValue<Double> {
        private static final long serialVersionUID = 1L;

        ShareValue() {
            super(Double.class, MealSlot::parseShare);
        }
    }

    /** A clock time "HH:MM". */
    static final class TimeValue extends TextValue<LocalTime> {
        private static final long serialVersionUID = 1L;

        TimeValue() {
            super(LocalTime.class, Fields::parseTime);
        }
    }

    /** "net" or "total". */
    static final class CarbsValue extends TextValue<CarbConvention> {
        private static final long serialVersionUID = 1L;

        CarbsValue() {
            super(CarbConvention.class, CarbConvention::parse);
        }
    }

    /** "table" or "eer". */
    static final class EnergyValue extends TextValue<EnergyBasis> {
        private static final long serialVersionUID = 1L;

        EnergyValue() {
            super(EnergyBasis.class, EnergyBasis::parse);
        }
    }

    /** "down" or "none". */
    static final class UnitsRoundingValue extends TextValue<UnitsRounding> {
        private static final long serialVersionUID = 1L;

        UnitsRoundingValue() {
            super(UnitsRounding.class, UnitsRounding::parse);
        }
    }

    /** "feeds", "feeds and meals", "meals". */
    static final class PatternValue extends TextValue<MealPattern> {
        private static final long serialVersionUID = 1L;

        PatternValue() {
            super(MealPattern.class, MealPattern::parse);
        }
    }

    /** {@code v} when {@code ok}, else "{@code problem} (v)". */
    private static double checked(double v, DoublePredicate ok, String problem) {
        if (!ok.test(v)) {
            throw new IllegalArgumentException(problem + " (" + Numbers.plain(v) + ")");
        }
        return v;
    }

    /** Parses "7:00" or "07:00" (24-hour clock). */
    static LocalTime parseTime(String text) {
        String t = text == null ? "" : text.trim();
        try {
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a time of day HH:MM (24-hour clock)");
        }
    }
}
