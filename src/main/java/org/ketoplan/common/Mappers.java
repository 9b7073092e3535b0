package org.ketoplan.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The Jackson mappers ketoplan writes its YAML and JSON files with (and binds {@link Document}s with), and the
 * translation of Jackson's errors into one-line {@link BadInputException}s that name the file, the line and the field.
 * Files are read with {@link Document}.
 *
 * <p>Unknown fields and duplicate fields are errors (a typo like {@code fatg} must not be silently ignored, nor a
 * second {@code weight_kg} silently win); field names are snake_case.
 */
public final class Mappers {
    private static volatile ObjectMapper json;
    private static volatile ObjectMapper yaml;

    private Mappers() {
    }

    /** The JSON mapper: snake_case, indented output, dates as ISO text, unknown fields rejected. */
    public static ObjectMapper json() {
        ObjectMapper m = json;
        if (m == null) {
            m = JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                    .addModule(new JavaTimeModule())
                    .build();
            json = m;
        }
        return m;
    }

    /** The YAML mapper, configured like {@link #json()}. */
    public static ObjectMapper yaml() {
        ObjectMapper m = yaml;
        if (m == null) {
            m = YAMLMapper.builder(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build())
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .addModule(new JavaTimeModule())
                    .build();
            yaml = m;
        }
        return m;
    }

    /** What a Jackson error says is wrong, in one line without the parser's internals (no place, no field). */
    static String describe(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null
                && vie.getCause().getMessage() != null) {
            return vie.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException upe) {
            return "unknown field '" + upe.getPropertyName() + "'"
                    + (upe.getKnownPropertyIds() == null || upe.getKnownPropertyIds().isEmpty() ? ""
                    : " (expected one of " + upe.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof InvalidFormatException ife) {
            return "'" + Text.printable(String.valueOf(ife.getValue())) + "' is not a valid "
                    + simpleType(ife.getTargetType());
        }
        if (e instanceof MismatchedInputException mie) {
            return mismatch(mie);
        }
        if (yamlSyntax(e) != null) {
            return yamlSyntax(e);
        }
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            return "syntax: " + withoutSource(firstLine(e.getOriginalMessage()));
        }
        return withoutSource(firstLine(e.getOriginalMessage()));
    }

    /** The line SnakeYAML marks a YAML syntax problem on (its own line count, 1-based), or null. */
    static Integer yamlProblemLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                // "while scanning a quoted scalar": where the scalar starts; otherwise where the parser stopped
                boolean scanning = m.getContext() != null && m.getContext().startsWith("while scanning")
                        && m.getContextMark() != null;
                var mark = scanning ? m.getContextMark() : m.getProblemMark();
                return mark == null ? null : mark.getLine() + 1;
            }
        }
        return null;
    }

    /** "YAML syntax: while scanning a quoted scalar, found unexpected end of stream", or null. */
    private static String yamlSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                String context = m.getContext() == null ? "" : m.getContext() + ", ";
                return "YAML syntax: " + context + (m.getProblem() == null ? "cannot be read" : m.getProblem());
            }
        }
        return null;
    }

    private static String mismatch(MismatchedInputException e) {
        String msg = firstLine(e.getOriginalMessage());
        if (msg.startsWith("Missing required creator property")) {
            int a = msg.indexOf('\'');
            int b = msg.indexOf('\'', a + 1);
            return a >= 0 && b > a ? "missing field '" + msg.substring(a + 1, b) + "'" : "a field is missing";
        }
        if (e.getTargetType() != null) {
            return "expected " + simpleType(e.getTargetType());
        }
        return msg;
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Double.class) {
            return "number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT);
        }
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Jackson's "(for Array starting at [Source: ...; line: 1, column: 31])" says nothing a person needs. */
    private static String withoutSource(String message) {
        return message.replaceAll("\\s*\\([^()\\[]*\\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be read";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
