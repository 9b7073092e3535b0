package org.ketoplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.ketoplan.common.Mappers;

/** Writes a command's result as JSON (snake_case fields, indented). */
final class Json {
    private Json() {
    }

    /** Prints {@code value} as JSON followed by a newline. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(Mappers.json().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A value rounded to {@code decimals} places for JSON output (keeps output stable and readable). */
    static double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
