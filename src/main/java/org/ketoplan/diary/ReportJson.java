package org.ketoplan.diary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ketoplan.common.Mappers;

/**
 * Renders an {@link AdherenceReport} as JSON: snake_case fields named after the record components
 * ({@code adherence_pct}, {@code logged_pct}, {@code days}, {@code weeks}, {@code seizures}, {@code ketones},
 * {@code correlation}, {@code definitions}), numbers rounded to 3 decimals, unknown figures as null.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = Mappers.json().copy().registerModule(new SimpleModule()
            .addSerializer(Double.class, new Rounded()).addSerializer(double.class, new Rounded()));

    private ReportJson() {
    }

    /** The report as indented JSON, ending in a newline. */
    public static String render(AdherenceReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static final class Rounded extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v == null || v.isNaN() || v.isInfinite()) {
                g.writeNull();
            } else {
                BigDecimal rounded = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
                g.writeNumber(rounded.toPlainString());
            }
        }
    }
}
