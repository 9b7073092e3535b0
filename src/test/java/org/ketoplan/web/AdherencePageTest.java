package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketoplan.cli.CliRun;

/**
 * The adherence page and its downloads against {@code adherence}: a bad period or baseline gives the command's
 * message (naming the page's field where the command names its option) and writes nothing; the downloads are the
 * files {@code adherence --out} writes.
 */
class AdherencePageTest extends ServedFolder {
    Path tom;

    @BeforeEach
    void plannedChild() {
        tom = Fixtures.child(dir, "tom");
        assertEquals(303, s.post("/p/tom/plan", "mode", "new", "days", "7", "start", "2026-12-01").status());
        for (String meal : List.of("breakfast", "lunch", "tea", "supper")) {
            assertEquals(303, s.post("/p/tom/diary/meal", "date", "2026-12-01", "meal", meal, "how", "all").status());
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> f = Files.walk(dir)) {
            return f.map(p -> dir.relativize(p) + " " + p.toFile().length()).sorted().toList();
        }
    }

    @Test
    void aBadPeriodOrBaselineGivesTheCommandsMessageAndWritesNothing() throws IOException {
        List<String> before = files();
        for (String[] bad : new String[][] {{"from", "2026-13-01"}, {"to", "2026-11-20"}, {"from", "2026-11-01"},
                {"baseline", "abc"}, {"baseline", "-2"}}) {
            CliRun cli = CliRun.of("adherence", "--plan", tom.resolve("plan.json").toString(), "--diary",
                    tom.resolve("diary").toString(), "--" + bad[0], bad[1]);
            assertEquals(2, cli.code(), String.join(" ", bad));
            // the page names its field where the command names its option (Picocli words a bad number so)
            String expected = cli.errLines()[0].replaceFirst("^error: ", "")
                    .replace("Invalid value for option '--" + bad[0] + "': ", bad[0] + ": ")
                    .replace("--" + bad[0], bad[0]);
            WebSession.Response r = s.get("/p/tom/adherence?" + bad[0] + "=" + bad[1]);
            assertEquals(400, r.status());
            assertEquals(expected, Jsoup.parse(r.body()).selectFirst("p.alert").text(), String.join(" ", bad));
        }
        assertEquals(before, files(), "nothing written");
    }

    @Test
    void theDownloadsAreTheFilesTheCommandWrites() throws IOException {
        Path json = dir.resolve("report.json");
        assertEquals(0, CliRun.of("adherence", "--plan", tom.resolve("plan.json").toString(), "--diary",
                tom.resolve("diary").toString(), "--from", "2026-12-01", "--to", "2026-12-02", "--out",
                json.toString()).code());
        WebSession.Response r = s.get("/p/tom/adherence/download/report.json?from=2026-12-01&to=2026-12-02");
        assertEquals(200, r.status());
        assertEquals("attachment; filename=\"tom-report.json\"", r.header("Content-Disposition"));
        assertEquals(Files.readString(json), new String(r.raw().body(), java.nio.charset.StandardCharsets.UTF_8));
        // 2 days x 4 meals planned, the 4 of the first day eaten as planned: 50 % adherence
        assertTrue(Files.readString(json).contains("\"adherence_pct\" : 50"), Files.readString(json));
        byte[] pdf = s.get("/p/tom/adherence/download/report.pdf?from=2026-12-01&to=2026-12-02").raw().body();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(404, s.get("/p/tom/adherence/download/report.exe").status());
    }
}
