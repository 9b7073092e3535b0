package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a diary written by one {@link DiaryFaultHarness} writer (id 0) that acknowledged {@code N} entries:
 * {@code DiaryFaultCheck DIR N}. Exits 1 when an acknowledged entry is missing or any entry is torn.
 */
public final class DiaryFaultCheck {
    private DiaryFaultCheck() {
    }

    /**
     * Checks and prints the totals.
     *
     * @param args the diary folder and the number of acknowledged entries
     */
    public static void main(String[] args) throws Exception {
        int acked = Integer.parseInt(args[1]);
        Set<Integer> seqs = new TreeSet<>();
        for (int i = 0; i < acked; i++) {
            seqs.add(i);
        }
        DiaryFaultHarness.Totals t = DiaryFaultHarness.check(Path.of(args[0]), Map.of(0, seqs), 0);
        System.out.println("full disk check: " + t);
        if (t.lost() > 0 || t.torn() > 0) {
            System.exit(1);
        }
    }
}
