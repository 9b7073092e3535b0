package org.ketoplan.common;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the fields of a document that its value type does not have, before the type is built: Jackson reports an
 * unknown field of a record only after calling its constructor, so a misspelt {@code weigth_kg} would first show up
 * as {@code weight_kg} missing.
 *
 * <p>Walks the tree beside the type: a record's or bean's properties (as Jackson names them), the items of lists
 * and the values of maps. A property read by a custom deserializer, and types Jackson reads as single values, end
 * the walk there.
 */
final class KnownFields {
    private static final Map<JavaType, Map<String, JavaType>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private KnownFields() {
    }

    static void check(Document doc, ObjectMapper mapper, Class<?> type) {
        walk(doc, mapper.getDeserializationConfig(), mapper.constructType(type), doc.root(), "");
    }

    private static void walk(Document doc, DeserializationConfig config, JavaType type, JsonNode node,
                             String pointer) {
        if (type == null || node == null) {
            return;
        }
        if (node.isArray() && (type.isCollectionLikeType() || type.isArrayType())) {
            for (int i = 0; i < node.size(); i++) {
                walk(doc, config, type.getContentType(), node.get(i), pointer + "/" + i);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (type.isMapLikeType()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(doc, config, type.getContentType(), e.getValue(), pointer + "/" + escape(e.getKey()));
            }
            return;
        }
        Map<String, JavaType> properties = properties(config, type);
        if (properties == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = pointer + "/" + escape(e.getKey());
            if (!properties.containsKey(e.getKey())) {
                throw new BadInputException(doc.file() + ":" + doc.line(child) + ": "
                        + (pointer.isEmpty() ? "" : FieldPath.path(pointer) + ": ")
                        + unknownField(e.getKey(), properties.keySet()));
            }
            walk(doc, config, properties.get(e.getKey()), e.getValue(), child);
        }
    }

    /** The type's properties and their types (null for a custom-read property), or null when it is no bean. */
    private static Map<String, JavaType> properties(DeserializationConfig config, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw.isPrimitive() || raw.isEnum() || raw == Object.class || JsonNode.class.isAssignableFrom(raw)
                || raw.getName().startsWith("java.") || raw.isAnnotationPresent(JsonDeserialize.class)) {
            return null;
        }
        Map<String, JavaType> cached = CACHE.get(type);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        BeanDescription bean = config.introspect(type);
        Map<String, JavaType> props = new HashMap<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldDeserialize()) {
                continue;
            }
            AnnotatedMember member = p.getPrimaryMember();
            JsonDeserialize custom = member == null ? null : member.getAnnotation(JsonDeserialize.class);
            boolean customRead = custom != null && custom.using() != com.fasterxml.jackson.databind.JsonDeserializer
                    .None.class;
            props.put(p.getName(), customRead ? null : p.getPrimaryType());
        }
        CACHE.put(type, props);
        return props.isEmpty() ? null : props;
    }

    /** The names of {@code type}'s properties (for tests and messages). */
    static Set<String> names(ObjectMapper mapper, Class<?> type) {
        Map<String, JavaType> p = properties(mapper.getDeserializationConfig(), mapper.constructType(type));
        return p == null ? Set.of() : new TreeSet<>(p.keySet());
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    /** "unknown field 'weigth_kg' (did you mean 'weight_kg'? expected one of ...)". */
    static String unknownField(String field, Set<String> allowed) {
        List<String> sorted = allowed.stream().sorted().toList();
        String closest = Suggestions.closest(field.toLowerCase(Locale.ROOT), sorted).orElse(null);
        return "unknown field '" + field + "' (" + (closest == null ? "" : "did you mean '" + closest + "'? ")
                + "expected one of " + String.join(", ", sorted) + ")";
    }
}
