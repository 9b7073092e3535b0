package org.ketoplan.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.ketoplan.common.FieldError;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/**
 * How the plan's typed values are spelled in {@code plan.json} where the record's own shape is not the file's: a
 * food's composition ({@link Nutrients}) is an object of amounts by {@link Nutrient#key()}, written in key order
 * (so the same plan is written byte for byte) and read refusing an unknown nutrient or an amount outside its bound
 * with the field's line. {@link PlanFile} reads and writes the file; the records name these with annotations.
 */
final class PlanJson {
    private PlanJson() {
    }

    /** Writes a composition as {@code {"calcium_mg" : 65.0, "carbohydrate_g" : 2.79, ...}}. */
    static final class NutrientsWriter extends StdSerializer<Nutrients> {
        private static final long serialVersionUID = 1L;

        NutrientsWriter() {
            super(Nutrients.class);
        }

        @Override
        public void serialize(Nutrients value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (Map.Entry<String, Double> e : new TreeMap<>(value.byKey()).entrySet()) {
                gen.writeFieldName(e.getKey());
                gen.writeNumber(e.getValue());
            }
            gen.writeEndObject();
        }
    }

    /**
     * Reads a composition; an unknown key, a value that is no number or one outside its bound
     * ({@link PlanValidation#per100Problem}) fails naming the key, and fat, protein and carbohydrate over 100 per
     * 100 fail naming the composition.
     */
    static final class NutrientsReader extends StdDeserializer<Nutrients> {
        private static final long serialVersionUID = 1L;

        NutrientsReader() {
            super(Nutrients.class);
        }

        @Override
        public Nutrients deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(this, "expected nutrient amounts per 100 (\"fat_g\" : 37.0, ...)");
            }
            Nutrients.Builder b = Nutrients.builder();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Nutrient n = Nutrient.byKey(e.getKey());
                String problem = n == null ? "'" + e.getKey() + "' is not a nutrient ketoplan knows"
                        : !e.getValue().isNumber() ? "expected a number"
                        : PlanValidation.per100Problem(n, e.getValue().doubleValue());
                if (problem != null) {
                    throw JsonMappingException.from(p, problem, new FieldError(e.getKey(), problem));
                }
                b.set(n, e.getValue().doubleValue());
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
