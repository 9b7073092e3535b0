package org.ketoplan.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The strict reading behind {@link Document}: Jackson's streaming parser (SnakeYAML for YAML) walked token by token
 * into a tree, noting the line of every field and list item and refusing, each at its line, what
 * {@link Document} lists (a field twice, anchors, aliases, tags, a second document, non-finite numbers, control
 * characters, anything past {@link Limits}).
 */
final class StrictParser {
    private static volatile YAMLFactory yamlFactory;
    private static volatile JsonFactory jsonFactory;

    private final String name;
    private final Map<String, Integer> lines = new HashMap<>();

    private StrictParser(String name) {
        this.name = name;
    }

    /** A tree and the line of each JSON pointer in it. */
    record Parsed(JsonNode root, Map<String, Integer> lines) {
    }

    /**
     * Parses {@code text}.
     *
     * @throws BadInputException "name:line: ..." for a syntax error or anything refused; "name: the file is empty"
     */
    static Parsed parse(String name, String text, Document.Format format) {
        StrictParser reader = new StrictParser(name);
        JsonParser parser = null;
        try (JsonParser p = format == Document.Format.YAML ? yamlFactory().createParser(text)
                : jsonFactory().createParser(text)) {
            parser = p;
            if (p.nextToken() == null) {
                throw BadInputException.at(name, "the file is empty");
            }
            JsonNode root = reader.value(p, "", 0);
            if (p.nextToken() != null) {
                throw reader.atLine(p.currentTokenLocation().getLineNr(), "", format == Document.Format.YAML
                        ? "a second YAML document; keep one document per file"
                        : "more content after the end of the JSON document");
            }
            return new Parsed(root, reader.lines);
        } catch (JsonProcessingException e) {
            throw syntax(name, parser, e);
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read (" + InputFiles.describe(e) + ")");
        }
    }

    private JsonNode value(JsonParser p, String pointer, int depth) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        lines.putIfAbsent(pointer, line);
        if (depth > Limits.NESTING_DEPTH) {
            throw atLine(line, pointer, "nested more than " + Limits.NESTING_DEPTH + " levels deep");
        }
        if (p instanceof YAMLParser y) {
            refuseYamlFeatures(y, pointer, line);
        }
        JsonToken t = p.currentToken();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    int fieldLine = p.currentTokenLocation().getLineNr();
                    String child = pointer + "/" + FieldPath.segment(field);
                    if (field.length() > Limits.NAME_CHARS || Text.firstControl(field, "") >= 0) {
                        throw atLine(fieldLine, pointer, "a field name longer than " + Limits.NAME_CHARS
                                + " characters or with a control character");
                    }
                    if (o.has(field)) {
                        throw atLine(fieldLine, pointer, "field '" + field + "' is given twice (also on line "
                                + lines.get(child) + "); keep one");
                    }
                    lines.put(child, fieldLine);
                    p.nextToken();
                    o.set(field, value(p, child, depth + 1));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (i == Limits.LIST_ITEMS) {
                        throw atLine(line, pointer, "a list of more than " + Limits.LIST_ITEMS + " items");
                    }
                    a.add(value(p, pointer + "/" + i++, depth + 1));
                }
                return a;
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = p.getText();
                // YAML 1.1 also reads yes/no/on/off as true/false: keep those as the words written
                if (p instanceof YAMLParser && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    return f.textNode(text);
                }
                return f.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return number(p, pointer, line, t);
            }
            default -> {
                String text = p.getText();
                if (text.length() > Limits.TEXT_CHARS) {
                    throw atLine(line, pointer, "text of " + text.length() + " characters; the most is "
                            + Limits.TEXT_CHARS);
                }
                int control = Text.firstControl(text, "\n\t");
                if (control >= 0) {
                    throw atLine(line, pointer, "the text holds the control character "
                            + Text.codePoint(text.charAt(control)) + "; remove it");
                }
                return f.textNode(text);
            }
        }
    }

    private JsonNode number(JsonParser p, String pointer, int line, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String text = p.getText();
        // a leading zero marks an id (01145), not a number
        if (p instanceof YAMLParser && text.length() > 1 && text.startsWith("0") && !text.startsWith("0.")) {
            return f.textNode(text);
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                BigInteger big = p.getBigIntegerValue();
                return f.numberNode(big);
            }
            return f.numberNode(p.getLongValue());
        }
        double v;
        try {
            v = p.getDoubleValue();
        } catch (JsonProcessingException e) {
            v = Double.NaN; // YAML's .nan and .inf
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw atLine(line, pointer, "'" + text + "' is not a finite number");
        }
        return f.numberNode(v);
    }

    private void refuseYamlFeatures(YAMLParser y, String pointer, int line) throws IOException {
        if (y.isCurrentAlias()) {
            throw atLine(line, pointer, "YAML aliases (*" + y.getText() + ") are not accepted; write the value out "
                    + "in full");
        }
        if (y.getCurrentAnchor() != null) {
            throw atLine(line, pointer, "YAML anchors (&" + y.getCurrentAnchor() + ") are not accepted; write each "
                    + "value out in full");
        }
        Object tag = y.getTypeId();
        if (tag != null) {
            throw atLine(line, pointer, "YAML tags (" + tag + ") are not accepted");
        }
    }

    private BadInputException atLine(int line, String pointer, String what) {
        return FieldPath.at(name, line, pointer, what);
    }

    /**
     * A syntax error as one line at the line of the problem: the parser's sentences, without its excerpts of the
     * file and its source description.
     */
    private static BadInputException syntax(String name, JsonParser p, JsonProcessingException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        if (line <= 0 && p != null) {
            line = p.currentLocation().getLineNr(); // a limit of StreamReadConstraints has no location of its own
        }
        String what = Mappers.describe(e).replaceAll(", from `[^`]*`", "");
        Integer mark = Mappers.yamlProblemLine(e);
        if (mark != null) {
            line = mark;
        }
        String field = "";
        if (p != null && mark == null) {
            // the block or list the error is in: "days: syntax: Unexpected close marker"
            var ctx = p.getParsingContext();
            if (ctx != null && ctx.inObject()) {
                ctx = ctx.getParent(); // its last field name may be complete; name the block it is in
            }
            while (ctx != null && ctx.getCurrentName() == null) {
                ctx = ctx.getParent();
            }
            field = ctx == null ? "" : FieldPath.path(ctx.pathAsPointer().toString());
        }
        return new BadInputException(name + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ")
                + what, e);
    }

    private static YAMLFactory yamlFactory() {
        YAMLFactory f = yamlFactory;
        if (f == null) {
            LoaderOptions options = new LoaderOptions();
            options.setNestingDepthLimit(Limits.NESTING_DEPTH + 2);
            options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Limits.PLAN_FILE_BYTES));
            options.setMaxAliasesForCollections(0);
            f = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints()).build();
            yamlFactory = f;
        }
        return f;
    }

    private static JsonFactory jsonFactory() {
        JsonFactory f = jsonFactory;
        if (f == null) {
            // duplicate fields are found by value() itself, which names both lines (Jackson's
            // STRICT_DUPLICATE_DETECTION names only the second)
            f = JsonFactory.builder().streamReadConstraints(constraints()).build();
            jsonFactory = f;
        }
        return f;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(Limits.NESTING_DEPTH + 2)
                .maxStringLength(Limits.TEXT_CHARS * 4).maxNumberLength(100).maxNameLength(Limits.NAME_CHARS * 4)
                .build();
    }
}
