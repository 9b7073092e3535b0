package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAPlainlyCreatedOne() throws Exception {
        Path f = dir.resolve("plan.json");
        AtomicFiles.writeString(f, false, "{}");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(f, true, "new");
        assertEquals("new", Files.readString(f));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndNoTemporaryFileIsLeft() throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, "old");
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.writeString(f, false, "new"));
        assertEquals(f + ": already exists; use --force to overwrite it", e.getMessage());
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void appendingNeverRewritesWhatIsThere() throws Exception {
        Path f = dir.resolve("days.csv");
        AtomicFiles.appendLines(f, "date,seizures\n", "2026-12-01,3\n");
        byte[] before = Files.readAllBytes(f);
        AtomicFiles.appendLines(f, "date,seizures\n", "2026-12-02,2\n");
        byte[] after = Files.readAllBytes(f);
        assertEquals(new String(before), new String(after, 0, before.length));
        assertEquals("date,seizures\n2026-12-01,3\n2026-12-02,2\n", Files.readString(f));
    }
}
