package org.ketoplan.recipe;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.ketoplan.common.BadInputException;
import org.ketoplan.common.Mappers;

/**
 * A YAML document read as a tree, with the line each field and list item starts on, so that a problem found after
 * reading (a bad word, a negative amount) can still be shown as "file:line".
 *
 * <p>Scalars keep their text as written: {@code food: 01145} stays "01145", not the number 1145.
 */
final class YamlTree {
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private YamlTree(JsonNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads one document.
     *
     * @param name the file name shown in messages
     * @throws BadInputException for a YAML syntax error ("file:line: YAML syntax: ...") or an empty file
     */
    static YamlTree read(String name, InputStream in) {
        Map<String, Integer> lines = new HashMap<>();
        try (in; JsonParser p = Mappers.yaml().getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw BadInputException.at(name, "the file is empty");
            }
            JsonNode root = value(p, "", lines);
            return new YamlTree(root, lines);
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
    JsonNode root() {
        return root;
    }

    /** The line a JSON pointer ("/ingredients/2/grams") starts on, else that of its nearest parent, else 1. */
    int line(String pointer) {
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
}
