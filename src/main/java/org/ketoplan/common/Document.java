package org.ketoplan.common;

import org.ketoplan.nutrition.Numbers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        StrictParser.Parsed parsed = StrictParser.parse(name, text, format);
        return new Document(name, parsed.root(), parsed.lines());
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
        return FieldPath.at(file, line(pointer), pointer, what);
    }

    /**
     * A value type's rejection placed at its field: {@code e}'s field ("grams", or a path such as
     * "ingredients[1].food") is read under {@code pointer}, and the message is "file:line: field.path: problem".
     */
    public BadInputException at(String pointer, FieldError e) {
        return at(pointer + FieldPath.pointer(e.field()), e.problem());
    }

    /** Fails at the first field of the mapping at {@code pointer} that is not in {@code allowed}. */
    public void onlyFields(String pointer, Set<String> allowed) {
        JsonNode n = node(pointer);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw FieldPath.at(file, line(pointer + "/" + f), pointer, KnownFields.unknownField(f, allowed));
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
            return Numbers.parse(v.asText(), field);
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
            path.forEach(s -> at.append('/').append(FieldPath.segment(s)));
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
            pointer.append('/').append(FieldPath.segment(s));
        }
        return new BadInputException(file + ":" + line(pointer.toString()) + ": "
                + (path.isEmpty() ? "" : FieldPath.path(pointer.toString()) + ": ") + what, e);
    }
}
