package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ketoplan.diary.DiaryFiles;
import org.ketoplan.diary.MealEntry;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two browser tabs and the CLI's {@code log meal} (in its own process) append to one diary at the same time:
 * every row of every meal arrives whole, none is lost.
 */
class DiaryConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void twoTabsAndTheCliLoseNothing() throws Exception {
        Path tom = Fixtures.child(dir, "tom");
        try (WebSession tabs = new WebSession(dir)) {
            assertEquals(303, tabs.post("/p/tom/plan", "mode", "new", "days", "4", "start", "2026-12-01").status());
            Plan plan = PlanFile.read(tom.resolve("plan.json"));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<List<String>>> work = new ArrayList<>();
            for (String meal : List.of("breakfast", "lunch")) { // one tab each
                work.add(pool.submit(() -> {
                    go.await();
                    List<String> problems = new ArrayList<>();
                    for (PlanDay d : plan.days()) {
                        int status = tabs.post("/p/tom/diary/meal", "date", d.date().toString(), "meal", meal,
                                "how", "all").status();
                        if (status != 303) {
                            problems.add(meal + " " + d.date() + ": " + status);
                        }
                    }
                    return problems;
                }));
            }
            work.add(pool.submit(() -> { // the CLI, as a parent's terminal would run it
                go.await();
                List<String> problems = new ArrayList<>();
                for (PlanDay d : plan.days()) {
                    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-cp", System.getProperty("java.class.path"), "org.ketoplan.cli.Main", "log", "meal",
                            "--diary", tom.resolve("diary").toString(), "--plan", tom.resolve("plan.json").toString(),
                            "--date", d.date().toString(), "--meal", "tea", "--all", "-q")
                            .redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes());
                    if (p.waitFor() != 0) {
                        problems.add("tea " + d.date() + ": " + out);
                    }
                }
                return problems;
            }));
            go.countDown();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : work) {
                problems.addAll(f.get(5, TimeUnit.MINUTES));
            }
            pool.shutdown();
            assertEquals(List.of(), problems);

            DiaryFiles.Parsed<MealEntry> read = DiaryFiles.readMeals(tom.resolve("diary"));
            assertEquals(List.of(), read.problems(), "no torn or mixed rows");
            for (PlanDay d : plan.days()) {
                for (String meal : List.of("breakfast", "lunch", "tea")) {
                    long planned = d.meal(meal).orElseThrow().foods().size(); // --all logs every planned food
                    LocalDate date = d.date();
                    long logged = read.rows().stream().map(l -> l.value())
                            .filter(e -> e.date().equals(date) && e.meal().equals(meal)).count();
                    assertEquals(planned, logged, meal + " on " + date);
                }
            }
            assertTrue(read.rows().size() >= 4 * 3 * 2);
        }
    }
}
