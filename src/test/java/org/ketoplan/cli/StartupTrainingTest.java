package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive is recorded from the training commands; one that fails loads only part of its classes and
 * the archive silently covers less. Every training command must exit 0.
 */
class StartupTrainingTest {
    @Test
    void everyTrainingCommandSucceeds(@TempDir Path dir) throws Exception {
        List<String> failed = StartupTraining.run(dir);
        assertEquals(List.of(), failed);
    }
}
