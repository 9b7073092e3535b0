package org.ketoplan.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read as a tree, with the line each field and list item starts on, so that a problem found after
 * reading (a bad word, a negative amount) can still be shown as "file:line".
 *
 * <p>Scalars keep their text as written: {@code food: 01145} stays "01145", not the number 1145.
 */
public final class YamlTree {
    /** A bare parser factory: reading a tree needs no ObjectMapper, which keeps start-up short. */
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlTree(String file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads one document.
     *
     * @param name the file name shown in messages
     * @throws BadInputException for a YAML syntax error ("file:line: YAML syntax: ...") or an empty file
     */
    public static YamlTree read(String name, InputStream in) {
        Map<String, Integer> lines = new HashMap<>();
        try (in; JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw BadInputException.at(name, "the file is empty");
            }
            JsonNode root = value(p, "", lines);
            return new YamlTree(name, root, lines);
        } catch (JsonProcessingException e) {
            throw Mappers.explain(name, e);
        } catch (IOException e) {
            throw BadInputException.at(name, "cannot read (" + e.getMessage() + ")");
        }
    }

    private static JsonNode value(JsonParser p, String pointer, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    String child = pointer + "/" + field;
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    o.set(field, value(p, child, lines));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, pointer + "/" + i++, lines));
                }
                return a;
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = p.getText();
                // a leading zero marks an id (01145), not a number
                if (text.length() > 1 && text.startsWith("0") && !text.startsWith("0.")) {
                    return f.textNode(text);
                }
                return t == JsonToken.VALUE_NUMBER_INT ? f.numberNode(p.getLongValue()) : f.numberNode(p.getDoubleValue());
            }
            default -> {
                return f.textNode(p.getText());
            }
        }
    }

    /** The document's root. */
    public JsonNode root() {
        return root;
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

    /** The file name shown in messages. */
    public String file() {
        return file;
    }

    /** The node at a JSON pointer ("/foods/2/name"); a missing node when there is none. */
    public JsonNode node(String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    /** "file:line: field.path: what" for the node at {@code pointer}. */
    public BadInputException at(String pointer, String what) {
        String p = path(pointer);
        return new BadInputException(file + ":" + line(pointer) + ": " + (p.isEmpty() ? "" : p + ": ") + what);
    }

    /** Fails at the first field of the mapping at {@code pointer} that is not in {@code allowed}. */
    public void onlyFields(String pointer, java.util.Set<String> allowed) {
        JsonNode n = node(pointer);
        for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                String p = path(pointer);
                throw new BadInputException(file + ":" + line(pointer + "/" + f) + ": " + (p.isEmpty() ? "" : p + ": ")
                        + "unknown field '" + f + "' (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    /** The value at {@code pointer}; fails at its parent's line when it is missing or null. */
    public JsonNode required(String pointer) {
        JsonNode v = node(pointer);
        if (v.isMissingNode() || v.isNull()) {
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            String p = path(parent);
            throw new BadInputException(file + ":" + line(parent) + ": " + (p.isEmpty() ? "" : p + ": ")
                    + "missing field '" + field + "'");
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
            return v.doubleValue();
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
                sb.append(sb.length() == 0 ? "" : ".").append(part);
            }
        }
        return sb.toString();
    }
}
