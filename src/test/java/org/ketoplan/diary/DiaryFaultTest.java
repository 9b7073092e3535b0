package org.ketoplan.diary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ketoplan.faults.FaultProcesses;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded version of the diary's fault harness ({@link DiaryFaultHarness}; the long version is
 * {@code src/test/scripts/diary-faults.sh}): writer processes appending to one diary at once, writers killed with
 * SIGKILL at random moments, and a write limit reached in the middle of an append.
 */
class DiaryFaultTest {
    @TempDir
    Path dir;

    @Test
    void concurrentWritersLoseNothingAndInterleaveNoLine() throws Exception {
        DiaryFaultHarness.Totals t = DiaryFaultHarness.concurrent(dir, 1, 3, 4);
        // 3 writers x 4 entries x 60 rows, all acknowledged, all read back whole
        assertEquals(12, t.acknowledged(), t.toString());
        assertEquals(720, t.rowsChecked(), t.toString());
        assertEquals(0, t.lost(), t.toString());
        assertEquals(0, t.torn(), t.toString());
    }

    @Test
    void writersKilledWithSigkillLoseNothingAcknowledgedAndLeaveNothingHalfRead() throws Exception {
        DiaryFaultHarness.Totals t = DiaryFaultHarness.killed(dir, 3, 6, new Random(11));
        assertTrue(t.kills() >= 3, t.toString());
        assertTrue(t.acknowledged() >= 3 * 2, t.toString()); // at least one entry of each writer, and the last one
        assertEquals(0, t.lost(), t.toString());
        assertEquals(0, t.torn(), t.toString());
    }

    @Test
    void aWriteLimitReachedInTheMiddleOfAnAppendLeavesTheDiaryAsItWas() throws Exception {
        assertTrue(FaultProcesses.canLimitFileSize(), "bash's ulimit -f is needed to simulate a full disk");
        // two entries of 60 rows (about 62 KB each) fit under a limit of 150 KiB; the third append reaches it
        FaultProcesses.Result r = FaultProcesses.withFileSizeLimit(150, DiaryFaultHarness.class, "writer",
                dir.toString(), "0", "5");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("meals.csv: cannot append (file too large for this file system or limit); "
                + "nothing was written"), r.err());
        assertEquals(List.of("ack 0", "ack 1"), r.out().lines().toList());
        byte[] after = Files.readAllBytes(dir.resolve(DiaryFiles.MEALS));
        // the file holds exactly the two acknowledged entries: header + 120 rows, ending in a line end
        DiaryFiles.Parsed<MealEntry> rows = DiaryFiles.readMeals(dir);
        assertEquals(120, rows.rows().size());
        assertTrue(rows.problems().isEmpty(), rows.problems().toString());
        assertEquals('\n', after[after.length - 1]);
        assertArrayEquals(new byte[0], Files.readAllBytes(dir.resolve(".ketoplan.lock")));
    }
}
