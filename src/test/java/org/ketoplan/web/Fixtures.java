package org.ketoplan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Patients for the workspace tests. */
final class Fixtures {
    /**
     * A 5-year-old of 18 kg at 4:1 and 1,200 kcal with 20 g protein: from 12 months four equal meals (breakfast,
     * lunch, tea, supper) of 300 kcal, 30 g fat, 5 g protein and 2.5 g carbohydrate (300 / (9 x 4 + 4) = 7.5
     * units; fat 4 x 7.5, protein + carbohydrate 7.5).
     */
    static final String CHILD = """
            name: Test Child
            age_months: 60
            weight_kg: 18
            prescription:
              ratio: 4
              kcal: 1200
              protein_g: 20
            """;

    private Fixtures() {
    }

    /** Writes {@link #CHILD} as {@code dir/id/patient.yaml}. */
    static Path child(Path dir, String id) {
        try {
            Path p = dir.resolve(id);
            Files.createDirectories(p);
            Files.writeString(p.resolve("patient.yaml"), CHILD);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of a CLI error line without "error: " and the file:line place. */
    static String message(String errLine) {
        String m = errLine.replaceFirst("^error: ", "");
        return m.replaceFirst("^[^ ]*\\.yaml:[0-9]+: ", "").replaceFirst("^--", "");
    }
}
