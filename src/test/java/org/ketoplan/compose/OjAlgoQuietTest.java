package org.ketoplan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ojAlgo prints a hardware-profile banner to System.out from its first use unless {@link OjAlgo#quiet} ran first.
 * Checked in a fresh JVM, where ojAlgo cannot have been initialised by another test.
 */
class OjAlgoQuietTest {
    /** Composes one meal and prints only "ok". */
    public static final class ComposeOneMeal {
        public static void main(String[] args) {
            new MealComposer().compose(MealRequest.of(Fixtures.target(500, 4, 10), List.of(
                    Ingredient.free(Fixtures.CREAM), Ingredient.free(Fixtures.BUTTER), Ingredient.free(Fixtures.CHICKEN),
                    Ingredient.free(Fixtures.BROCCOLI))));
            System.out.println("ok");
        }
    }

    @Test
    void composingPrintsNothingButTheAnswerInAFreshJvm() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ComposeOneMeal.class.getName()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("ok" + System.lineSeparator(), out);
        assertEquals("", err);
    }
}
