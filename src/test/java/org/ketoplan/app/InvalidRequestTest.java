package org.ketoplan.app;

import static org.ketoplan.app.InvalidRequest.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An invalid request names its fields so each front end can say them its own way. */
class InvalidRequestTest {
    @Test
    void fieldsAreRenderedWithTheFrontEndsLabels() {
        InvalidRequest e = InvalidRequest.phrased("fluid_ml", 700.0, ref("fluid_ml"), ": give ", ref("fluid_ml"),
                " or ", ref("fluid_ml_per_kg"), ", not both");
        assertEquals("fluid_ml: give fluid_ml or fluid_ml_per_kg, not both", e.getMessage());
        Map<String, String> options = Map.of("fluid_ml", "--fluid-ml", "fluid_ml_per_kg", "--fluid-ml-per-kg");
        assertEquals("--fluid-ml: give --fluid-ml or --fluid-ml-per-kg, not both", e.render(options::get));
        assertEquals(List.of("fluid_ml", "fluid_ml_per_kg"), e.fieldsNamed());
        assertEquals(700.0, e.value());
    }

    @Test
    void braceAndDollarInAProblemAreLeftAsTheyAre() {
        // a problem quoting a file ("allow: [{rule: ...}]") is text, never a template
        InvalidRequest e = InvalidRequest.of("allow", null, "write allow: [{rule: added-salt}] with $1");
        assertEquals("ALLOW: write allow: [{rule: added-salt}] with $1", e.render(f -> "ALLOW"));
    }
}
