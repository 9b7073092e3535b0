package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketoplan.faults.FaultProcesses;

/**
 * A full disk while writing each kind of output, simulated by running ketoplan under a limit on the size of the
 * files it may write ({@code ulimit -f}): one line with exit 2 naming the file and the reason, and every file left
 * as it was (no half-written output, no temporary file, no torn diary line). The workbook and the day sheets are
 * written by libraries that wrap the disk's error in their own exceptions; the diary is appended to. Plain files
 * (plan.json, .ics, .csv) take the same path as these (AtomicFilesTest).
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void bashCanLimitFileSizes() {
        assertTrue(FaultProcesses.canLimitFileSize(), "bash's ulimit -f is needed to simulate a full disk");
    }

    static List<Object[]> outputs() {
        String p = "@/plan.json";
        return List.of(
                new Object[] {"workbook", 16, new String[] {"export", p, "--out", "@/plan.xlsx"}, "@/plan.xlsx"},
                new Object[] {"day sheets", 16, new String[] {"print", p, "--out", "@/days.pdf"}, "@/days.pdf"},
                new Object[] {"a diary entry", 16, new String[] {"log", "meal", "--diary", "@/diary", "--plan", p,
                    "--date", "2026-12-02", "--meal", "lunch", "--all", "--note", "n".repeat(900)},
                    "@/diary/meals.csv"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void aFullDiskIsOneLineAndLeavesEveryFileAsItWas(String what, int kib, String[] args, String file)
            throws Exception {
        Files.write(dir.resolve("plan.json"), Hostile.bytesOf(Hostile.fixturePath("plan.json")));
        // a diary 40 bytes short of the limit: the next entry (about 1 KB) cannot fit
        Path meals = Files.createDirectories(dir.resolve("diary")).resolve("meals.csv");
        String header = "date,meal,food,planned_g,eaten_g,note\n";
        StringBuilder diary = new StringBuilder(header);
        String row = "2026-12-01,breakfast,01123,15,15," + "x".repeat(60) + "\n";
        while (diary.length() + row.length() <= 16 * 1024 - 40) {
            diary.append(row);
        }
        Files.writeString(meals, diary);
        Map<String, String> before = Hostile.snapshot(dir);
        String root = dir.toString();
        String[] resolved = java.util.Arrays.stream(args).map(a -> a.replace("@/", root + "/")).toArray(String[]::new);
        FaultProcesses.Result r = FaultProcesses.withFileSizeLimit(kib, Main.class, resolved);
        String err = r.err().replace(root, "@");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), what + ": " + err + r.out());
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("error: " + file + ": cannot "), lines.get(0));
        assertTrue(lines.get(0).contains("(file too large for this file system or limit); nothing was written"),
                lines.get(0));
        assertEquals(before, Hostile.snapshot(dir), what + ": a file was created, changed or removed");
    }
}
