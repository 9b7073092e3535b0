package org.ketoplan.common;

import org.ketoplan.nutrition.Numbers;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML or JSON file read strictly into a tree that remembers the line of every field and list item, so that
 * every problem, found while reading or later, is shown as "file:line: field.path: what".
 *
 * <p>This is the one reader of ketoplan's YAML and JSON files (patient files, recipes, user foods, plan.json).
 * Refused, each with its line: a field given twice (the YAML and JSON specifications leave the meaning open; a
 * lenient reader silently keeps the last), YAML anchors and aliases ({@code &name}, {@code *name}: an alias would
 * otherwise be read as the anchor's name, and nested aliases can expand a small file enormously), YAML tags, a second
 * document after the first, numbers that are not finite, control characters other than line breaks and tabs, and
 * anything past the bounds of {@link Limits} (text length, nesting depth, list length).
 *
 * <p>Scalars keep their text as written where YAML would guess: {@code food: 01145} stays "01145" (not the number
 * 1145) and {@code name: No} stays "No" (YAML 1.1 reads it as false).
 *
 * <p>{@link #bind} turns the tree into a value type, naming an unknown field with its line before anything else (a
 * misspelt {@code weigth_kg} is reported as unknown, not as {@code weight_kg} missing).
 */
public final class Document {
    /** The syntax of a file. */
    public enum Format {
        /** YAML 1.1 as SnakeYAML reads it, restricted as described above. */
        YAML,
        /** JSON. */
        JSON
    }

    private static volatile YAMLFactory yamlFactory;
    private static volatile JsonFactory jsonFactory;

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private Document(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads the file {@code path}, at most {@code maxBytes}.
     *
     * @throws BadInputException naming the file (and line) for a missing, unreadable, oversized, non-UTF-8, empty
     *                           or malformed file
     */
    public static Document read(Path path, Format format, long maxBytes) {
        return parse(path.toString(), InputFiles.text(path, maxBytes), format);
    }

    /**
     * Reads a document from {@code in} (a resource in the jar, a stream already open), at most {@code maxBytes};
     * the stream is closed.
     *
     * @param name the file name shown in messages
     */
    public static Document read(String name, InputStream in, Format format, long maxBytes) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read (" + InputFiles.describe(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw BadInputException.at(name, "is larger than " + InputFiles.size(maxBytes) + ", the most ketoplan "
                    + "reads for this kind of file");
        }
        return parse(name, bytes, format);
    }

    /**
     * Reads a document from {@code bytes} (a resource in the jar, a file already read).
     *
     * @param name the file name shown in messages
     */
    public static Document parse(String name, byte[] bytes, Format format) {
        return parse(name, InputFiles.utf8(name, bytes), format);
    }

    /**
     * Reads a document from its text.
     *
     * @param name the file name shown in messages
     * @throws BadInputException "name:line: ..." for a syntax error or anything refused; "name: the file is empty"
     */
    public static Document parse(String name, String text, Format format) {
        Map<String, Integer> lines = new HashMap<>();
        JsonParser parser = null;
        try (JsonParser p = format == Format.YAML ? yamlFactory().createParser(text)
                : jsonFactory().createParser(text)) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) {
                throw BadInputException.at(name, "the file is empty");
            }
            Document doc = new Document(name, null, lines);
            JsonNode root = doc.value(p, "", 0);
            if (p.nextToken() != null) {
                throw doc.atLine(p.currentTokenLocation().getLineNr(), "", format == Format.YAML
                        ? "a second YAML document; keep one document per file"
                        : "more content after the end of the JSON document");
            }
            return new Document(name, root, lines);
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
                    String child = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
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
        String path = path(pointer);
        return new BadInputException(file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + what);
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
            field = ctx == null ? "" : path(ctx.pathAsPointer().toString());
        }
        return new BadInputException(name + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ")
                + what, e);
    }

    /** The document's root. */
    public JsonNode root() {
        return root;
    }

    /** The file name shown in messages. */
    public String file() {
        return file;
    }

    /** The line a JSON pointer ("/ingredients/2/grams") starts on, else that of its nearest parent, else 1. */
    public int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** The node at a JSON pointer ("/foods/2/name"); a missing node when there is none. */
    public JsonNode node(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** "file:line: field.path: what" for the node at {@code pointer}. */
    public BadInputException at(String pointer, String what) {
        return atLine(line(pointer), pointer, what);
    }

    /**
     * A value type's rejection placed at its field: {@code e}'s field ("grams", or a path such as
     * "ingredients[1].food") is read under {@code pointer}, and the message is "file:line: field.path: problem".
     */
    public BadInputException at(String pointer, FieldError e) {
        return at(pointer + pointer(e.field()), e.problem());
    }

    /** Fails at the first field of the mapping at {@code pointer} that is not in {@code allowed}. */
    public void onlyFields(String pointer, Set<String> allowed) {
        JsonNode n = node(pointer);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw atLine(line(pointer + "/" + f), pointer, KnownFields.unknownField(f, allowed));
            }
        }
    }

    /** The value at {@code pointer}; fails at its parent's line when it is missing or null. */
    public JsonNode required(String pointer) {
        JsonNode v = node(pointer);
        if (v.isMissingNode() || v.isNull()) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            throw at(parent, "missing field '" + field + "'");
        }
        return v;
    }

    /** The text at {@code pointer}, or null when absent and not {@code required}. */
    public String text(String pointer, boolean required) {
        JsonNode v = required ? required(pointer) : node(pointer);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw at(pointer, "expected text");
        }
        return v.asText();
    }

    /**
     * The number at {@code pointer}; {@code absent} when it is missing (null = required). Text such as "12,5"
     * is rejected with the decimal-comma message of {@link org.ketoplan.nutrition.Numbers}.
     */
    public double number(String pointer, Double absent) {
        JsonNode v = node(pointer);
        if ((v.isMissingNode() || v.isNull()) && absent != null) {
            return absent;
        }
        v = required(pointer);
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (Double.isInfinite(d)) {
                throw at(pointer, "'" + v.asText() + "' is too large a number");
            }
            return d;
        }
        if (!v.isTextual()) {
            throw at(pointer, "expected a number");
        }
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        try {
            return org.ketoplan.nutrition.Numbers.parse(v.asText(), field);
        } catch (IllegalArgumentException e) {
            throw at(pointer, e.getMessage().substring(field.length() + 2));
        }
    }

    /**
     * The document as a value of {@code type} (bound with {@link Mappers#json()}'s settings). Unknown fields are
     * reported first, each with its line; then any problem the binding or the type's constructor finds, at the line
     * of the field it names.
     *
     * @throws BadInputException "file:line: field.path: what"
     */
    public <T> T bind(Class<T> type) {
        KnownFields.check(this, Mappers.json(), type);
        try {
            return Mappers.json().treeToValue(root, type);
        } catch (JsonProcessingException e) {
            throw bindingError(e);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                throw bindingError(jpe);
            }
            throw at("", e.getMessage());
        }
    }

    private BadInputException bindingError(JsonProcessingException e) {
        List<String> path = new ArrayList<>();
        if (e instanceof JsonMappingException jme) {
            for (JsonMappingException.Reference r : jme.getPath()) {
                path.add(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
            }
        }
        String what = Mappers.describe(e);
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && !path.isEmpty()) {
            StringBuilder at = new StringBuilder();
            path.forEach(s -> at.append('/').append(s.replace("~", "~0").replace("/", "~1")));
            JsonNode n = node(at.toString());
            if (n.isMissingNode() || n.isNull()) {
                what = "missing";
            }
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof FieldError fe) {
                path.add(fe.field());
                what = fe.problem();
                break;
            }
        }
        StringBuilder pointer = new StringBuilder();
        for (String s : path) {
            pointer.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        }
        return new BadInputException(file + ":" + line(pointer.toString()) + ": "
                + (path.isEmpty() ? "" : path(pointer.toString()) + ": ") + what, e);
    }

    /** "ingredients[2].grams" -> "/ingredients/2/grams": the inverse of {@link #path}. */
    public static String pointer(String path) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            int end;
            String part;
            if (c == '[') {
                end = path.indexOf(']', i);
                if (end < 0) {
                    end = path.length();
                }
                part = path.substring(i + 1, end);
                end++;
            } else {
                end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                part = path.substring(i, end);
            }
            sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            i = end;
        }
        return sb.toString();
    }

    /** "/ingredients/2/grams" -> "ingredients[2].grams". */
    public static String path(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
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
