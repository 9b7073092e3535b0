package org.ketoplan.plan;

import java.io.IOException;
import java.io.InputStream;
import org.ketoplan.prescription.Patient;
import org.ketoplan.prescription.PatientFile;

/**
 * The example infant shipped with the program ({@code examples/example-infant.yaml}): 9 months, 8 kg, 4:1 with net
 * carbohydrate, the meal pattern for the age (four milk feeds and three solid meals). The plan
 * for the example is made for it with no other input.
 */
public final class ExamplePatient {
    /** The resource's name, as shown in messages. */
    public static final String RESOURCE = "examples/example-infant.yaml";

    private ExamplePatient() {
    }

    /** The example patient. */
    public static Patient read() {
        try (InputStream in = ExamplePatient.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the example patient " + RESOURCE + " is missing from the program");
            }
            return PatientFile.read(RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the example patient " + RESOURCE, e);
        }
    }
}
