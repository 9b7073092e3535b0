package org.ketoplan.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The Jackson mappers ketoplan reads and writes its YAML and JSON files with, and the translation of Jackson's
 * errors into one-line {@link BadInputException}s that name the file, the line and the field.
 *
 * <p>Unknown fields are errors (a typo like {@code fatg} must not be silently ignored); field names are snake_case.
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
                    .addModule(new JavaTimeModule())
                    .build();
            yaml = m;
        }
        return m;
    }

    /** Reads a YAML file into {@code type}; any problem becomes a {@link BadInputException} naming file and line. */
    public static <T> T readYaml(Path file, Class<T> type) {
        return read(yaml(), file, type);
    }

    /** Reads a JSON file into {@code type}; any problem becomes a {@link BadInputException} naming file and line. */
    public static <T> T readJson(Path file, Class<T> type) {
        return read(json(), file, type);
    }

    /** Reads YAML from a stream (a resource in the jar) named {@code name} in messages. */
    public static <T> T readYaml(InputStream in, String name, Class<T> type) {
        try (in) {
            return yaml().readValue(in, type);
        } catch (JsonProcessingException e) {
            throw explain(name, e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T read(ObjectMapper mapper, Path file, Class<T> type) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw new BadInputException(file + ": the file is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw explain(file.toString(), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Turns a Jackson error into one line: "file:line: field.path: what is wrong".
     *
     * @param name the file name to show
     */
    public static BadInputException explain(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String place = name + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() : "");
        String field = "";
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[") + ": ";
        }
        String what;
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null
                && vie.getCause().getMessage() != null) {
            what = vie.getCause().getMessage();
        } else if (e instanceof UnrecognizedPropertyException upe) {
            field = field.isEmpty() ? "" : field;
            what = "unknown field '" + upe.getPropertyName() + "'"
                    + (upe.getKnownPropertyIds() == null || upe.getKnownPropertyIds().isEmpty() ? ""
                    : " (expected one of " + upe.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")");
        } else if (e instanceof InvalidFormatException ife) {
            what = "'" + ife.getValue() + "' is not a valid " + simpleType(ife.getTargetType());
        } else if (e instanceof MismatchedInputException mie) {
            what = mismatch(mie);
        } else if (yamlSyntax(e) != null) {
            what = yamlSyntax(e);
        } else if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            what = "syntax: " + withoutSource(firstLine(e.getOriginalMessage()));
        } else {
            what = withoutSource(firstLine(e.getOriginalMessage()));
        }
        return new BadInputException(place + ": " + field + what, e);
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
