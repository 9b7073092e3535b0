package org.ketoplan.diary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The diary's fault harness: writer processes appending to one diary at once, some killed with SIGKILL in the
 * middle of their appends, and a check afterwards that nothing acknowledged was lost and nothing half-written is
 * read.
 *
 * <p>Each writer ({@link #writer}) makes {@code appends} entries; an entry is {@code rows} meal rows with long notes,
 * appended the way {@code log meal} appends (the diary locked, what is there read, the rows appended), and
 * acknowledged on standard output ("ack SEQ") only after the append returned. After a kill, the next entry (made
 * in the harness's own process) takes out what the killed writer left half-written. The check reads the diary as the
 * reports do and requires: no bad row and no duplicate; every acknowledged entry present; every entry present
 * whole (all its rows, each note exactly as written), never in part.
 *
 * <p>{@code DiaryFaultTest} runs a bounded version in the test suite; {@code src/test/scripts/diary-faults.sh}
 * runs the long version: {@code main(concurrentRuns, writers, appends, killRuns, seed)}.
 */
public final class DiaryFaultHarness {
    /** Rows in one entry (as many as a workbook import of a few days). */
    static final int ROWS = 60;
    /** Characters of note per row (the most a note may have): 60 rows make a 62 KB append, like an import. */
    static final int NOTE_BYTES = 1_000;

    private DiaryFaultHarness() {
    }

    /**
     * Totals of a harness run.
     *
     * @param runs runs made (concurrent and killed)
     * @param kills writer processes killed with SIGKILL
     * @param acknowledged entries acknowledged by writers
     * @param rowsChecked rows read back and checked
     * @param lost acknowledged entries missing afterwards
     * @param torn entries read back in part, or rows read back changed
     * @param killedWhole kills that landed inside an append after all its lines reached the disk (found by the next
     *                    writer from the append's record; the lines were kept)
     * @param killedPartial kills that landed inside an append before all its lines reached the disk (the next writer
     *                      took its bytes out, into meals.csv.torn)
     */
    public record Totals(int runs, int kills, int acknowledged, int rowsChecked, int lost, int torn, int killedWhole,
                         int killedPartial) {
        Totals(int runs, int kills, int acknowledged, int rowsChecked, int lost, int torn) {
            this(runs, kills, acknowledged, rowsChecked, lost, torn, 0, 0);
        }

        Totals plus(Totals o) {
            return new Totals(runs + o.runs, kills + o.kills, acknowledged + o.acknowledged,
                    rowsChecked + o.rowsChecked, lost + o.lost, torn + o.torn, killedWhole + o.killedWhole,
                    killedPartial + o.killedPartial);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d runs, %d writers killed (%d inside an append: %d after its lines "
                    + "were written, %d before), %d entries acknowledged, %d rows checked: %d lost, %d torn", runs,
                    kills, killedWhole + killedPartial, killedWhole, killedPartial, acknowledged, rowsChecked, lost,
                    torn);
        }
    }

    /** The note of row {@code j} of entry {@code seq} of writer {@code id}: distinct, long, checkable. */
    static String note(int id, int seq, int j) {
        String head = "w" + id + " e" + seq + " r" + j + " ";
        StringBuilder sb = new StringBuilder(NOTE_BYTES);
        sb.append(head);
        while (sb.length() < NOTE_BYTES) {
            sb.append((char) ('a' + (sb.length() * 7 + id * 13 + seq * 3 + j) % 26));
        }
        return sb.toString();
    }

    /** The entry a writer appends: its rows on 2026-12-01 at meal "wID", foods "eSEQ-J". */
    static List<MealEntry> entry(int id, int seq) {
        List<MealEntry> rows = new ArrayList<>();
        for (int j = 0; j < ROWS; j++) {
            rows.add(new MealEntry(LocalDate.of(2026, 12, 1), "w" + id, "e" + seq + "-" + j, 10.0, j, note(id, seq,
                    j)));
        }
        return rows;
    }

    /**
     * A writer process: {@code writer DIR ID APPENDS} appends its entries and acknowledges each.
     *
     * @param args "writer", the diary folder, the writer's id, the number of entries
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("writer")) {
            writer(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int concurrentRuns = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int appends = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int killRuns = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        Path base = Files.createTempDirectory("diary-faults");
        long t0 = System.nanoTime();
        Totals concurrent = concurrent(base, concurrentRuns, writers, appends);
        System.out.println("concurrent: " + concurrent);
        Totals killed = killed(base, killRuns, appends, new Random(seed));
        System.out.println("killed: " + killed);
        Totals all = concurrent.plus(killed);
        System.out.printf(Locale.ROOT, "total: %s (%.0f s)%n", all, (System.nanoTime() - t0) / 1e9);
        if (all.lost() > 0 || all.torn() > 0) {
            System.exit(1);
        }
    }

    private static void writer(Path dir, int id, int appends) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (int seq = 0; seq < appends; seq++) {
            try (DiaryFiles diary = DiaryFiles.forAppending(dir)) {
                if (diary.foundUnfinishedAppend()) {
                    out.println("found " + (diary.warnings().isEmpty() ? "whole" : "partial"));
                }
                diary.meals(); // as log meal does: what is logged is read under the lock, then the rows appended
                diary.appendMeals(entry(id, seq));
            }
            out.println("ack " + seq);
        }
    }

    /** {@code runs} runs of {@code writers} processes appending {@code appends} entries each, all at once. */
    public static Totals concurrent(Path base, int runs, int writers, int appends) throws IOException,
            InterruptedException {
        Totals t = new Totals(0, 0, 0, 0, 0, 0);
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createDirectories(base.resolve("concurrent-" + run));
            List<Process> ps = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ps.add(start(dir, w, appends));
            }
            Map<Integer, Set<Integer>> acked = new HashMap<>();
            for (int w = 0; w < writers; w++) {
                acked.put(w, acks(ps.get(w), Integer.MAX_VALUE));
                if (!ps.get(w).waitFor(120, TimeUnit.SECONDS) || ps.get(w).exitValue() != 0) {
                    throw new IllegalStateException("writer " + w + " failed: " + errors(ps.get(w)));
                }
            }
            t = t.plus(check(dir, acked, 0));
        }
        return t;
    }

    /**
     * {@code runs} runs of two writers at once, the first killed with SIGKILL after a random number of its
     * entries and a random moment more (so the kill lands while it builds, waits for the lock or writes an entry),
     * in a quarter of the runs both; then one more entry is appended (taking out what a killed writer left
     * half-done) and the diary is checked.
     */
    public static Totals killed(Path base, int runs, int appends, Random random) throws IOException,
            InterruptedException {
        Totals t = new Totals(0, 0, 0, 0, 0, 0);
        int[] before = FOUND.clone();
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createDirectories(base.resolve("killed-" + run));
            Process a = start(dir, 0, appends);
            Process b = start(dir, 1, appends);
            boolean killBoth = random.nextInt(4) == 0;
            Map<Integer, Set<Integer>> acked = new HashMap<>();
            acked.put(0, acks(a, 1 + random.nextInt(Math.max(1, appends / 2))));
            spin(random.nextInt(250_000)); // a random point of the next entry: building rows, waiting, writing
            kill(a);
            int kills = 1;
            if (killBoth) {
                acked.put(1, acks(b, 1 + random.nextInt(Math.max(1, appends / 2))));
                spin(random.nextInt(250_000));
                kill(b);
                kills++;
            } else {
                acked.put(1, acks(b, Integer.MAX_VALUE));
                b.waitFor(120, TimeUnit.SECONDS);
            }
            // acknowledgements printed before the kill but not yet read
            acked.get(0).addAll(acks(a, Integer.MAX_VALUE));
            if (killBoth) {
                acked.get(1).addAll(acks(b, Integer.MAX_VALUE));
            }
            // the next entry (made here, in-process) takes out what a killed writer left half-done
            List<String> warnings;
            try (DiaryFiles files = DiaryFiles.forAppending(dir)) {
                if (files.foundUnfinishedAppend()) {
                    FOUND[files.warnings().isEmpty() ? 0 : 1]++;
                }
                files.appendMeals(entry(2, 0));
                warnings = files.warnings();
            }
            acked.put(2, new TreeSet<>(Set.of(0)));
            Totals one = check(dir, acked, kills);
            t = t.plus(one);
        }
        return new Totals(t.runs(), t.kills(), t.acknowledged(), t.rowsChecked(), t.lost(), t.torn(),
                FOUND[0] - before[0], FOUND[1] - before[1]);
    }

    /**
     * Busy for about {@code micros} microseconds: where the kill lands is random; what is checked afterwards holds
     * wherever it lands, so nothing here depends on timing.
     */
    private static void spin(long micros) {
        long end = System.nanoTime() + micros * 1000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    /** SIGKILL, through the process handle: Process.destroyForcibly would also close the pipes we read. */
    private static void kill(Process p) throws InterruptedException {
        p.toHandle().destroyForcibly();
        p.waitFor();
    }

    private static Process start(Path dir, int id, int appends) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), DiaryFaultHarness.class.getName(), "writer", dir.toString(),
                String.valueOf(id), String.valueOf(appends)).redirectErrorStream(false).start();
    }

    private static final Map<Process, BufferedReader> READERS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Unfinished appends found by writers: [0] whole (kept), [1] partial (taken out). */
    private static final int[] FOUND = new int[2];

    /** The entries {@code p} acknowledges, reading until {@code until} of them or the end of its output. */
    private static Set<Integer> acks(Process p, int until) throws IOException {
        BufferedReader r = READERS.computeIfAbsent(p, k -> new BufferedReader(new InputStreamReader(
                k.getInputStream(), StandardCharsets.UTF_8)));
        Set<Integer> acked = new TreeSet<>();
        String line;
        while (acked.size() < until && (line = r.readLine()) != null) {
            if (line.startsWith("ack ")) {
                acked.add(Integer.parseInt(line.substring(4)));
            } else if (line.startsWith("found ")) {
                FOUND[line.endsWith("whole") ? 0 : 1]++;
            }
        }
        if (until == Integer.MAX_VALUE) {
            READERS.remove(p);
        }
        return acked;
    }

    private static String errors(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Checks the diary in {@code dir} against the entries acknowledged by each writer. */
    static Totals check(Path dir, Map<Integer, Set<Integer>> acked, int kills) throws IOException {
        DiaryFiles.Parsed<MealEntry> parsed;
        List<String> warnings;
        try (DiaryFiles files = DiaryFiles.forReading(dir)) {
            parsed = files.meals();
            warnings = files.warnings();
        }
        int torn = parsed.problems().size();
        Map<String, List<MealEntry>> entries = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Located<MealEntry> l : parsed.rows()) {
            MealEntry e = l.value();
            String food = e.food();
            int dash = food.indexOf('-');
            int id = Integer.parseInt(e.meal().substring(1));
            int seq = Integer.parseInt(food.substring(1, dash));
            int j = Integer.parseInt(food.substring(dash + 1));
            if (!seen.add(e.key()) || !e.note().equals(note(id, seq, j)) || e.eatenG() != j) {
                torn++;
            }
            entries.computeIfAbsent(id + "/" + seq, k -> new ArrayList<>()).add(e);
        }
        for (List<MealEntry> rows : entries.values()) {
            if (rows.size() != ROWS) {
                torn++;
            }
        }
        int lost = 0;
        int ackCount = 0;
        for (Map.Entry<Integer, Set<Integer>> w : acked.entrySet()) {
            for (int seq : w.getValue()) {
                ackCount++;
                if (!entries.containsKey(w.getKey() + "/" + seq)) {
                    lost++;
                }
            }
        }
        if (!warnings.isEmpty()) {
            torn += warnings.size(); // every writer has finished or been replaced: nothing may be left pending
        }
        return new Totals(1, kills, ackCount, parsed.rows().size(), lost, torn);
    }
}
