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

    static double number(JsonParser p) throws IOException {
        String text = text(p);
        try {
            return Numbers.parse(text, "value");
        } catch (IllegalArgumentException e) {
            throw JsonMappingException.from(p, e.getMessage().replaceFirst("^value: ", ""));
        }
    }

    /** A number above zero. */
    static final class Positive extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        Positive() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            double v = number(p);
            if (!(v > 0)) {
                throw JsonMappingException.from(p, "must be above zero (" + Ratio.plain(v) + ")");
            }
            return v;
        }
    }

    /** A whole number ("2", not "2.5"). */
    static final class WholeNumber extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            double v = number(p);
            if (v != Math.rint(v) || Math.abs(v) > 1e6) {
                throw JsonMappingException.from(p, "'" + p.getText().trim() + "' is not a whole number");
            }
            return (int) v;
        }
    }

    /** A number of at least zero. */
    static final class NonNegative extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        NonNegative() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            double v = number(p);
            if (v < 0) {
                throw JsonMappingException.from(p, "must not be negative (" + Ratio.plain(v) + ")");
            }
            return v;
        }
    }

    /** A ratio from 0.5 to 6: "4", "3.5", "4:1". */
    static final class RatioValue extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        RatioValue() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return Ratio.parse(text(p));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** A meal's share of the day: a fraction (0.25) or a percentage ("25%"). */
    static final class ShareValue extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        ShareValue() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return MealSlot.parseShare(text(p));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** A clock time "HH:MM". */
    static final class TimeValue extends StdScalarDeserializer<LocalTime> {
        private static final long serialVersionUID = 1L;

        TimeValue() {
            super(LocalTime.class);
        }

        @Override
        public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return parseTime(text(p));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** "net" or "total". */
    static final class CarbsValue extends StdScalarDeserializer<CarbConvention> {
        private static final long serialVersionUID = 1L;

        CarbsValue() {
            super(CarbConvention.class);
        }

        @Override
        public CarbConvention deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return CarbConvention.parse(text(p));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** "table" or "eer". */
    static final class EnergyValue extends StdScalarDeserializer<EnergyBasis> {
        private static final long serialVersionUID = 1L;

        EnergyValue() {
            super(EnergyBasis.class);
        }

        @Override
        public EnergyBasis deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return EnergyBasis.parse(text(p));
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
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
