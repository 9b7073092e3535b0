package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileGetsThePermissionsTheUmaskGivesAnyNewFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less the umask, as the shell would
        Path f = dir.resolve("plan.json");
        AtomicFiles.writeString(f, false, "{}");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
        assertEquals("{}", Files.readString(f));
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
        // the domain names the field; the command line says it as its option
        assertEquals(f + ": already exists; use force to overwrite it", e.getMessage());
        assertEquals(List.of("force"), e.fieldsReferred());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("plan.json"), names());
    }

    @Test
    void forceReplacesOnlyRegularFiles() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.writeString(device, true, "x"));
        assertEquals("/dev/null: is not a regular file (a device, pipe or socket); ketoplan only replaces regular "
                + "files", e.getMessage());
        BadInputException folder = assertThrows(BadInputException.class,
                () -> AtomicFiles.writeString(dir, true, "x"));
        assertEquals(dir + ": is a folder, not a file", folder.getMessage());
    }

    @Test
    void aLinkToAFileIsFollowedAndKept() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicFiles.writeString(link, true, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFullDiskIsOneLineAndLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("plan.xlsx");
        Files.writeString(f, "old");
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.write(f, true, out -> {
            out.write(new byte[100]);
            throw new IOException("No space left on device");
        }));
        assertEquals(f + ": cannot write (no space left on device); nothing was written", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("plan.xlsx"), names());
    }

    @Test
    void aLibrarysWrappedDiskErrorIsMappedToo() throws Exception {
        Path f = dir.resolve("days.pdf");
        // POI wraps an IOException in its own runtime exception (POIXMLException); PDFBox in UncheckedIOException
        BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.write(f, false, out -> {
            throw new IllegalStateException("save failed", new UncheckedIOException(
                    new IOException("No space left on device")));
        }));
        assertEquals(f + ": cannot write (no space left on device); nothing was written", e.getMessage());
        assertFalse(Files.exists(f));
        assertEquals(List.of(), names());
    }

    @Test
    void aBugInTheWriterIsNotDisguisedAsBadInput() {
        Path f = dir.resolve("x.json");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, false, out -> {
            throw new IllegalStateException("bug");
        }));
        assertFalse(Files.exists(f));
    }

    @Test
    void aTemporaryFileOfAProcessThatNoLongerRunsIsRemoved() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        Path stale = Files.writeString(dir.resolve(".plan.json." + dead + ".0badf00d" + AtomicFiles.TEMP_SUFFIX),
                "half");
        Path live = Files.writeString(dir.resolve(".plan.json." + ProcessHandle.current().pid() + ".0badf00d"
                + AtomicFiles.TEMP_SUFFIX), "in use");
        AtomicFiles.writeString(dir.resolve("plan.json"), false, "{}");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live));
    }
}
