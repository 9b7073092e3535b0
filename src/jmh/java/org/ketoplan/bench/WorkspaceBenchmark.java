package org.ketoplan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ketoplan.app.Application;
import org.ketoplan.app.DiaryService;
import org.ketoplan.app.PlanService;
import org.ketoplan.app.Workspace;
import org.ketoplan.common.Progress;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;
import org.ketoplan.plan.PlannedMeal;
import org.ketoplan.prescription.Patient;
import org.ketoplan.safety.SafetyPolicy;
import org.ketoplan.web.WebServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The browser workspace's server time, over HTTP on loopback with a kept-alive connection: the week view of a
 * 28-day plan, one meal-builder change (four foods, one +1 g), and the caseload of 100 patients (each with a
 * 28-day plan and a week of diary), against the smallest request the server answers (a static file, through the
 * same security checks) as the reference measured in the same run. The caseload keeps a patient's row until one
 * of its files changes: measured both with no change and with every plan changed. Targets: a builder change under
 * 100 ms; the week view and the caseload well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkspaceBenchmark {
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    /** A 5-year-old of 18 kg at 4:1 and 1,200 kcal: four meals of 300 kcal. */
    static final String CHILD = "name: Bench Child\nage_months: 60\nweight_kg: 18\nprescription:\n  ratio: 4\n"
            + "  kcal: 1200\n  protein_g: 20\n";

    private Path dir;
    private WebServer server;
    private String token;
    private HttpClient client;
    private HttpRequest weekView;
    private HttpRequest mealChange;
    private HttpRequest caseload;
    private HttpRequest reference;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("ketoplan-bench");
        Application app = new Application(Workspace.shipped());
        Path first = dir.resolve("p000");
        Files.createDirectories(first);
        Files.writeString(first.resolve("patient.yaml"), CHILD);
        Patient patient = app.prescriptions().read(first.resolve("patient.yaml"));
        Plan plan = app.plans().plan(new PlanService.PlanJob(patient, START, 28, PlanService.PlanSettings.DEFAULT,
                null, SafetyPolicy.Options.NONE), Progress.NONE);
        app.plans().write(first.resolve("plan.json"), plan, true);
        for (PlanDay d : plan.days().subList(0, 7)) { // a week of diary: every meal eaten
            for (PlannedMeal m : d.meals()) {
                app.diary().logMeal(first.resolve("diary"), first.resolve("plan.json"), new DiaryService.MealEaten(
                        d.date(), m.slot(), true, null, null, false, "", false));
            }
        }
        for (int i = 1; i < 100; i++) {
            Path p = dir.resolve(String.format("p%03d", i));
            Files.createDirectories(p.resolve("diary"));
            Files.writeString(p.resolve("patient.yaml"), CHILD.replace("Bench Child", "Bench Child " + i));
            Files.copy(first.resolve("plan.json"), p.resolve("plan.json"));
            for (String f : new String[] {"meals.csv"}) {
                Files.copy(first.resolve("diary").resolve(f), p.resolve("diary").resolve(f));
            }
        }
        token = WebServer.newToken();
        server = WebServer.start(dir, "127.0.0.1", 0, token,
                Clock.fixed(START.plusDays(7).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        weekView = get("/p/p000/plan?week=2");
        caseload = get("/");
        reference = get("/static/app.css");
        mealChange = request("/p/p000/meal/check").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Requested-With", "fetch").POST(HttpRequest.BodyPublishers.ofString(
                        "slot=breakfast&step=1&food=01053&amount=12&food=01145&amount=30&food=05064&amount=10"
                                + "&food=11090&amount=53&op=plus%3A11090")).build(); // the live form sends its step
        for (HttpRequest r : new HttpRequest[] {weekView, caseload, reference, mealChange}) {
            if (send(r).length() < 100) {
                throw new IllegalStateException("no page for " + r.uri());
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Cookie", WebServer.COOKIE + "=" + token)
                .header("Origin", "http://127.0.0.1:" + server.port());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private String send(HttpRequest r) {
        try {
            HttpResponse<String> res = client.send(r, HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) {
                throw new IllegalStateException(r.uri() + ": " + res.statusCode());
            }
            return res.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The reference: a static file through the same checks (token, Host, headers). */
    @Benchmark
    public String reference() {
        return send(reference);
    }

    /** The second week of a 28-day plan, as the plan page shows it. */
    @Benchmark
    public String weekView() {
        return send(weekView);
    }

    /** One +1 g in the meal builder: totals and band checks of four foods. */
    @Benchmark
    public String mealChange() {
        return send(mealChange);
    }

    /** The caseload of 100 patients, each with its last 7 days' adherence, no file changed since the last view. */
    @Benchmark
    public String caseload100() {
        return send(caseload);
    }

    /** Every patient's plan.json changed since the last view (the time of change moved on). */
    @State(Scope.Benchmark)
    public static class Changed {
        private long tick;

        @Setup(Level.Invocation)
        public void touch(WorkspaceBenchmark b) throws IOException {
            tick++;
            try (Stream<Path> s = Files.list(b.dir)) {
                for (Path p : s.toList()) {
                    Files.setLastModifiedTime(p.resolve("plan.json"),
                            java.nio.file.attribute.FileTime.fromMillis(1_800_000_000_000L + tick * 1000));
                }
            }
        }
    }

    /** The caseload of 100 patients when every one must be read again (the cold case). */
    @Benchmark
    public String caseload100Changed(Changed changed) {
        return send(caseload);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        server.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
