package org.ketoplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendOnlyFolderTest {
    private static final String HEADER = "date,seizures\n";

    @TempDir
    Path dir;

    private void append(String lines) {
        try (AppendOnlyFolder f = AppendOnlyFolder.forAppending(dir)) {
            f.append("days.csv", HEADER, lines);
        }
    }

    private List<String> texts() {
        try (AppendOnlyFolder f = AppendOnlyFolder.forReading(dir)) {
            return f.read("days.csv", 1 << 20).stream().map(AppendOnlyFolder.Line::text).toList();
        }
    }

    @Test
    void aNewFileStartsWithItsHeaderAndAppendsNeverRewrite() throws Exception {
        append("2026-12-01,3\n");
        byte[] before = Files.readAllBytes(dir.resolve("days.csv"));
        append("2026-12-02,2\n");
        byte[] after = Files.readAllBytes(dir.resolve("days.csv"));
        assertEquals(new String(before), new String(after, 0, before.length));
        assertEquals("date,seizures\n2026-12-01,3\n2026-12-02,2\n", Files.readString(dir.resolve("days.csv")));
        assertEquals("", Files.readString(dir.resolve(AppendOnlyFolder.LOCK_FILE)));
    }

    @Test
    void anEmptyFileGetsItsHeaderWithTheFirstAppend() throws Exception {
        Files.createFile(dir.resolve("days.csv")); // left by an older ketoplan killed between create and write
        append("2026-12-01,3\n");
        assertEquals("date,seizures\n2026-12-01,3\n", Files.readString(dir.resolve("days.csv")));
    }

    @Test
    void anIncompleteLastLineIsLeftOutThenMovedAsideByTheNextAppend() throws Exception {
        Files.writeString(dir.resolve("days.csv"), "date,seizures\n2026-12-01,3\n202");
        try (AppendOnlyFolder f = AppendOnlyFolder.forReading(dir)) {
            assertEquals(List.of("date,seizures", "2026-12-01,3"),
                    f.read("days.csv", 1 << 20).stream().map(AppendOnlyFolder.Line::text).toList());
            assertEquals(List.of(dir.resolve("days.csv") + ":3: the last line has no line end (an interrupted "
                    + "write?); it is left out, and the next entry moves it to days.csv.torn"), f.warnings());
        }
        try (AppendOnlyFolder f = AppendOnlyFolder.forAppending(dir)) {
            f.append("days.csv", HEADER, "2026-12-02,2\n");
            assertEquals(List.of(dir.resolve("days.csv") + ": an incomplete last line (no line end) was moved to "
                    + "days.csv.torn"), f.warnings());
        }
        assertEquals("date,seizures\n2026-12-01,3\n2026-12-02,2\n", Files.readString(dir.resolve("days.csv")));
        assertEquals("202\n", Files.readString(dir.resolve("days.csv.torn")));
    }

    /** What a process killed in the middle of an append leaves: its record, and part of its lines. */
    private void interruptedAppend(String whole, int written) throws Exception {
        Path file = dir.resolve("days.csv");
        long before = Files.size(file);
        byte[] data = whole.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        Files.writeString(dir.resolve(AppendOnlyFolder.LOCK_FILE), "pending days.csv " + before + " " + data.length
                + " " + crc.getValue() + "\n");
        Files.write(file, java.util.Arrays.copyOf(data, written), StandardOpenOption.APPEND);
    }

    @Test
    void anInterruptedAppendOfWholeLinesIsNotReadAndIsTakenOut() throws Exception {
        append("2026-12-01,3\n");
        // two whole lines of a three-line append reached the disk: they parse, but the entry was never finished
        interruptedAppend("2026-12-02,1\n2026-12-03,1\n2026-12-04,1\n", 26);
        assertEquals(List.of("date,seizures", "2026-12-01,3"), texts());
        try (AppendOnlyFolder f = AppendOnlyFolder.forAppending(dir)) {
            assertEquals(List.of(dir.resolve("days.csv") + ": an entry interrupted while being written (26 bytes) "
                    + "was taken out and kept in days.csv.torn"), f.warnings());
        }
        assertEquals("date,seizures\n2026-12-01,3\n", Files.readString(dir.resolve("days.csv")));
        assertEquals("2026-12-02,1\n2026-12-03,1\n", Files.readString(dir.resolve("days.csv.torn")));
    }

    @Test
    void aFinishedAppendWhoseRecordWasNotClearedIsKept() throws Exception {
        append("2026-12-01,3\n");
        interruptedAppend("2026-12-02,1\n", 13); // killed after the fsync, before clearing the record
        assertEquals(List.of("date,seizures", "2026-12-01,3", "2026-12-02,1"), texts());
        try (AppendOnlyFolder f = AppendOnlyFolder.forAppending(dir)) {
            assertTrue(f.warnings().isEmpty(), f.warnings().toString());
        }
        assertEquals("date,seizures\n2026-12-01,3\n2026-12-02,1\n", Files.readString(dir.resolve("days.csv")));
    }

    @Test
    void aLineThatIsNotUtf8IsOneBadLineNotABadFile() throws Exception {
        Files.write(dir.resolve("days.csv"), "date,seizures\nx\u00e9,1\n2026-12-01,3\n".getBytes(
                StandardCharsets.ISO_8859_1));
        try (AppendOnlyFolder f = AppendOnlyFolder.forReading(dir)) {
            List<AppendOnlyFolder.Line> lines = f.read("days.csv", 1 << 20);
            assertEquals("not UTF-8 text (byte 0xE9 at column 2); save the file as UTF-8", lines.get(1).problem());
            assertEquals("2026-12-01,3", lines.get(2).text());
        }
    }
}
