package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileLargerThanItsKindsBoundIsRefusedWithoutReadingIt() throws Exception {
        Path f = Files.write(dir.resolve("meals.csv"), new byte[2049]);
        assertEquals(f + ": is larger than 2 KiB, the most ketoplan reads for this kind of file",
                assertThrows(BadInputException.class, () -> InputFiles.bytes(f, 2048)).getMessage());
        assertArrayEquals(new byte[2048], InputFiles.bytes(Files.write(dir.resolve("ok.csv"), new byte[2048]), 2048));
    }

    @Test
    void theReasonIsSaidInWords() {
        assertEquals("permission denied", InputFiles.describe(new AccessDeniedException("/x")));
        assertEquals("no space left on device", InputFiles.describe(new IOException("No space left on device")));
        assertEquals("is a folder", InputFiles.describe(new FileSystemException("/x", null, "Is a directory")));
        assertEquals("read-only file system", InputFiles.describe(new FileSystemException("/x", null,
                "Read-only file system")));
        assertEquals("file too large for this file system or limit", InputFiles.describe(new IOException(
                "File too large")));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path f = Files.writeString(dir.resolve("p.yaml"), "name: x\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("-w-------"));
        assertEquals(f + ": cannot read (permission denied)",
                assertThrows(BadInputException.class, () -> InputFiles.bytes(f, 100)).getMessage());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertEquals("name: x", InputFiles.utf8("f", "\uFEFFname: x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
