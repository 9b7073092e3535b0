package org.ketoplan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketoplan.common.Document;
import org.ketoplan.common.Mappers;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A save from the patient form as an edit of the file's own text: only the values the user changed are replaced,
 * at the places SnakeYAML's parser marks for them, so comments, key order, quoting and every untouched line stay
 * as they were. A value is written with SnakeYAML's emitter (a setting of the "other settings" box with Jackson's,
 * as the whole file is written otherwise); a setting changed in the box is written whole, without the comments
 * inside it, and named in {@link Edited#uncommented()}. A file whose layout this cannot edit (flow mappings, block
 * text in a form field) gives null: the caller then writes the file rebuilt from the form and says so.
 */
final class PatientFileText {
    private static final String RX = "prescription";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The edited text and the settings written without the comments they had.
     *
     * @param text the new file
     * @param uncommented the settings (dotted, e.g. "prescription.meals") whose comments were not kept
     * @param rebuilt true when the file was written again from the form (its comments, if any, not kept)
     */
    record Edited(String text, List<String> uncommented, boolean rebuilt) {
        Edited {
            uncommented = List.copyOf(uncommented);
        }
    }

    /**
     * What a save writes: {@code original} edited in place when that gives the same content as {@code rebuilt} (the
     * file made from the form, already read back by the caller), else {@code rebuilt} itself.
     */
    static Edited save(String original, Map<String, String> form, String rebuilt) {
        Edited e = edit(original, form);
        if (e != null && sameContent(e.text(), rebuilt)) {
            return e;
        }
        return new Edited(rebuilt, List.of(), true);
    }

    /** The comments of a YAML text (0 when it does not parse). */
    static int comments(String yaml) {
        try {
            LoaderOptions withComments = new LoaderOptions();
            withComments.setProcessComments(true);
            int n = 0;
            for (Event e : new Yaml(withComments).parse(new StringReader(yaml))) {
                n += e instanceof CommentEvent ? 1 : 0;
            }
            return n;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** True when both texts hold the same fields and values (an empty prescription: counts as none). */
    static boolean sameContent(String a, String b) {
        try {
            return normal(a).equals(normal(b));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode normal(String yaml) {
        JsonNode n = Document.parse("patient.yaml", yaml.getBytes(StandardCharsets.UTF_8), Document.Format.YAML)
                .root();
        if (n instanceof ObjectNode o) {
            if (o.get(RX) instanceof ObjectNode rx && rx.isEmpty()) {
                o.remove(RX);
            }
            for (Views.FormField f : PatientForm.FIELDS) { // the form writes a list's items as texts
                if (f.list() && o.get(f.name()) instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) {
                        a.set(i, NODES.textNode(a.get(i).asText()));
                    }
                }
            }
        }
        return n;
    }

    /** One replacement of the characters [from, to) of the file, the {@code seq}-th made. */
    private record Change(int from, int to, String text, int seq) {
        Change(int from, int to, String text) {
            this(from, to, text, SEQ.getAndIncrement());
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();

    private final String text;
    /** The file's line break ("\r\n" for a file saved on Windows), used for every line written. */
    private final String nl;
    private final MappingNode root;
    private final List<Integer> comments = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> uncommented = new LinkedHashSet<>();
    /** Entries for a prescription: mapping the file does not have yet, as "key: value" lines without indent. */
    private final List<String> newPrescription = new ArrayList<>();

    private PatientFileText(String text, MappingNode root) {
        this.text = text;
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
        this.root = root;
        LoaderOptions withComments = new LoaderOptions();
        withComments.setProcessComments(true);
        for (Event e : new Yaml(withComments).parse(new StringReader(text))) {
            if (e instanceof CommentEvent) {
                comments.add(index(e.getStartMark().getIndex()));
            }
        }
    }

    /**
     * {@code original} with the form's changes applied, or null when its layout cannot be edited in place (the
     * caller checks the result against the file rebuilt from the form before using it).
     */
    static Edited edit(String original, Map<String, String> form) {
        Node n;
        Map<String, String> before;
        try {
            n = new Yaml(new LoaderOptions()).compose(new StringReader(original));
            before = PatientForm.values("patient.yaml", original.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
        if (!(n instanceof MappingNode m) || m.getFlowStyle() != DumperOptions.FlowStyle.BLOCK
                || m.getValue().isEmpty()) {
            return null;
        }
        PatientFileText t = new PatientFileText(original, m);
        try {
            for (Views.FormField f : PatientForm.FIELDS) {
                String now = form.getOrDefault(f.name(), "").strip();
                if (!same(f, before.getOrDefault(f.name(), ""), now) && !t.field(f, now)) {
                    return null;
                }
            }
            if (!t.other(before.getOrDefault(PatientForm.OTHER, ""), form.getOrDefault(PatientForm.OTHER, ""))) {
                return null;
            }
        } catch (RuntimeException e) { // a box that does not parse: the form's own check reports it
            return null;
        }
        return t.apply();
    }

    private static boolean same(Views.FormField f, String before, String now) {
        return f.list() ? items(before).equals(items(now)) : before.strip().equals(now);
    }

    private static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Sets one form field to {@code now} (empty: takes it out); false when the file's layout does not allow it. */
    private boolean field(Views.FormField f, String now) {
        boolean inRx = f.name().startsWith(RX + ".");
        String key = inRx ? f.name().substring(RX.length() + 1) : f.name();
        MappingNode map = inRx ? prescription() : root;
        if (inRx && map == null && hasKey(root, RX)) {
            return false; // a prescription that is not a block mapping
        }
        NodeTuple entry = map == null ? null : find(map, key);
        if (entry == null) {
            if (!now.isEmpty()) {
                insert(map, key, f.name(), key + ": " + value(f, now));
            }
            return true;
        }
        if (now.isEmpty()) {
            remove(entry, f.name());
            return true;
        }
        Node v = entry.getValueNode();
        if (v instanceof ScalarNode s) {
            if (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
                return false;
            }
            int from = index(s.getStartMark().getIndex());
            int to = index(s.getEndMark().getIndex());
            if (from == to) { // "key:" with no value
                int colon = index(entry.getKeyNode().getEndMark().getIndex());
                if (colon >= text.length() || text.charAt(colon) != ':') {
                    return false;
                }
                changes.add(new Change(colon + 1, colon + 1, " " + value(f, now)));
            } else {
                changes.add(new Change(from, to, value(f, now)));
            }
            return true;
        }
        if (v instanceof SequenceNode seq && f.list() && !seq.getValue().isEmpty()) {
            int from = index(seq.getStartMark().getIndex());
            if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                changes.add(new Change(from, index(seq.getEndMark().getIndex()), value(f, now)));
                return true;
            }
            int to = end(seq);
            String indent = " ".repeat(seq.getStartMark().getColumn());
            StringBuilder sb = new StringBuilder();
            for (String item : items(now)) {
                sb.append(sb.length() == 0 ? "" : nl + indent).append("- ").append(scalar(item));
            }
            lose(from, to, f.name());
            changes.add(new Change(from, to, sb.toString()));
            return true;
        }
        return false;
    }

    /** The form's value as YAML: a number as typed, a list in brackets, a text quoted where YAML needs it. */
    private static String value(Views.FormField f, String now) {
        if (f.list()) {
            return "[" + String.join(", ", items(now).stream().map(PatientFileText::scalar).toList()) + "]";
        }
        if (PatientForm.isNumber(f, now)) {
            return now;
        }
        return scalar(now);
    }

    /** A text as a YAML scalar that reads back as that text (SnakeYAML's emitter decides the quoting). */
    private static String scalar(String s) {
        DumperOptions o = new DumperOptions();
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        return new Yaml(o).dump(s).stripTrailing();
    }

    /** Applies the "other settings" box: each setting that differs from the file's is written, added or removed. */
    private boolean other(String beforeText, String nowText) {
        if (beforeText.strip().equals(nowText.strip())) {
            return true;
        }
        ObjectNode before = box(beforeText);
        ObjectNode now = box(nowText);
        if (before == null || now == null) {
            return false;
        }
        for (String key : keys(before, now)) {
            if (key.equals(RX)) {
                continue;
            }
            if (!setting(root, key, key, before.get(key), now.get(key))) {
                return false;
            }
        }
        ObjectNode rxBefore = before.get(RX) instanceof ObjectNode o ? o : NODES.objectNode();
        ObjectNode rxNow = now.get(RX) instanceof ObjectNode o ? o : NODES.objectNode();
        MappingNode rx = prescription();
        if (rx == null && hasKey(root, RX)) {
            return false;
        }
        for (String key : keys(rxBefore, rxNow)) {
            if (!setting(rx, key, RX + "." + key, rxBefore.get(key), rxNow.get(key))) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode box(String yaml) {
        if (yaml.isBlank()) {
            return NODES.objectNode();
        }
        JsonNode n = Document.parse("other settings", yaml.getBytes(StandardCharsets.UTF_8),
                Document.Format.YAML).root();
        return n instanceof ObjectNode o ? o : null;
    }

    private static Set<String> keys(ObjectNode a, ObjectNode b) {
        Set<String> keys = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** One setting of the box in {@code map} (null: a prescription mapping still to be made). */
    private boolean setting(MappingNode map, String key, String path, JsonNode before, JsonNode now) {
        if (now != null && now.equals(before)) {
            return true;
        }
        NodeTuple entry = map == null ? null : find(map, key);
        if (now == null) {
            if (entry != null) {
                remove(entry, path);
            }
            return true;
        }
        String written = entryText(key, now);
        if (entry == null) {
            insert(map, key, null, written);
            return true;
        }
        int from = lineStart(index(entry.getKeyNode().getStartMark().getIndex()));
        int to = lineEnd(end(entry.getValueNode()));
        String indent = " ".repeat(entry.getKeyNode().getStartMark().getColumn());
        lose(from, to, path);
        changes.add(new Change(from, to, indented(written, indent) + nl));
        return true;
    }

    /** "key: value" (or "key:" and the value's lines) as Jackson writes the file, without the last line break. */
    private static String entryText(String key, JsonNode value) {
        ObjectNode one = NODES.objectNode();
        one.set(key, value);
        try {
            return Mappers.yaml().writeValueAsString(one).stripTrailing();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String indented(String lines, String indent) {
        return indent + lines.replace("\n", nl + indent);
    }

    /**
     * Adds {@code line} ("key: value") to {@code map} (null: to a new prescription mapping at the end): a form field
     * after the nearest field before it in the form's order, or at the top; a box setting after the last entry.
     */
    private void insert(MappingNode map, String key, String field, String line) {
        if (map == null) {
            newPrescription.add(line);
            return;
        }
        List<NodeTuple> entries = map.getValue();
        String indent = " ".repeat(entries.get(0).getKeyNode().getStartMark().getColumn());
        int at;
        if (field == null) {
            at = lineEnd(end(entries.get(entries.size() - 1).getValueNode()));
        } else {
            NodeTuple after = null;
            for (Views.FormField f : PatientForm.FIELDS) {
                if (f.name().equals(field)) {
                    break;
                }
                String k = f.name().startsWith(RX + ".") == (map != root)
                        ? f.name().substring(f.name().indexOf('.') + 1) : null;
                NodeTuple t = k == null ? null : find(map, k);
                after = t == null ? after : t;
            }
            at = after == null ? lineStart(index(entries.get(0).getKeyNode().getStartMark().getIndex()))
                    : lineEnd(end(after.getValueNode()));
        }
        String prefix = at == text.length() && !text.endsWith("\n") ? nl : "";
        changes.add(new Change(at, at, prefix + indented(line, indent) + nl));
    }

    private void remove(NodeTuple entry, String path) {
        int from = lineStart(index(entry.getKeyNode().getStartMark().getIndex()));
        int to = lineEnd(end(entry.getValueNode()));
        lose(from, to, path);
        changes.add(new Change(from, to, ""));
    }

    /** Notes {@code path} as written without its comments when a comment lies in [from, to). */
    private void lose(int from, int to, String path) {
        for (int c : comments) {
            if (c >= from && c < to) {
                uncommented.add(path);
                return;
            }
        }
    }

    private MappingNode prescription() {
        NodeTuple t = find(root, RX);
        return t != null && t.getValueNode() instanceof MappingNode m
                && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !m.getValue().isEmpty() ? m : null;
    }

    private static boolean hasKey(MappingNode map, String key) {
        return find(map, key) != null;
    }

    private static NodeTuple find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** Where a value's text ends: its last scalar's end (a block collection's own end mark is the next line's). */
    private int end(Node n) {
        if (n instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !s.getValue().isEmpty()) {
            return end(s.getValue().get(s.getValue().size() - 1));
        }
        if (n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !m.getValue().isEmpty()) {
            return end(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        return index(n.getEndMark().getIndex());
    }

    /** The start of the line holding {@code i}. */
    private int lineStart(int i) {
        return text.lastIndexOf('\n', i - 1) + 1;
    }

    /** Just after the line break ending the line of {@code i} (a block text's end is already a line's start). */
    private int lineEnd(int i) {
        if (i > 0 && text.charAt(i - 1) == '\n') {
            return i;
        }
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The char index of SnakeYAML's mark index (which counts code points). */
    private int index(int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    private Edited apply() {
        StringBuilder sb = new StringBuilder(text);
        List<Change> ordered = new ArrayList<>(changes);
        // from the end, so earlier places stay where they were; two insertions at one place in the order made
        ordered.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::seq).reversed());
        int limit = Integer.MAX_VALUE;
        for (Change c : ordered) {
            if (c.to() > limit) {
                return null; // overlapping changes: not an edit this class makes
            }
            sb.replace(c.from(), c.to(), c.text());
            limit = c.from();
        }
        if (!newPrescription.isEmpty()) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append(nl);
            }
            sb.append(RX).append(':').append(nl);
            for (String line : newPrescription) {
                sb.append(indented(line, "  ")).append(nl);
            }
        }
        return new Edited(sb.toString(), new ArrayList<>(uncommented), false);
    }
}
