package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ketoplan.common.AppendOnlyFolder;

/**
 * The hostile-input corpus's runner: one case is files put in a fresh folder, a command line, and what must happen:
 * the exit code, exactly one line on standard error that names the place (a file and line, a field or an option,
 * matched by a regular expression in which {@code @} stands for the folder), no stack trace, and not one file of
 * the folder created, changed or removed.
 *
 * <p>The fixtures (a plan made by the planner, its workbook, a patient file, a recipe, a user food file and a diary)
 * are made once and copied into each case's folder.
 */
final class Hostile {
    /** A good patient file (every field used). */
    static final String PATIENT = """
            name: Example Baby
            born: 2026-03-10
            weight_kg: 7.8
            prescription:
              ratio: "4:1"
              protein_g_per_kg: 1.5
              carbs: net
              meals:
                - {name: breakfast, time: "07:00", share: 25%}
                - {name: lunch, time: "12:00", share: 0.25}
                - {name: tea, time: "16:00", share: 0.3}
                - {name: supper, time: "19:00", share: 0.2}
            medicines: [{name: keppra, carb_mg_per_dose: 120, doses_per_day: 2, times: ["08:00", "20:00"]}]
            exclude_foods: [egg]
            time_zone: Europe/London
            """;

    /** A good recipe file. */
    static final String RECIPE = """
            name: Egg-yolk custard with cream
            slots: [breakfast, snack]
            min_age_months: 6
            texture: smooth purée
            protein_source: egg
            reference_kcal: 160
            ingredients:
              - {food: "01125", role: protein, grams: 17, min: 10, max: 30, note: "about 1 large yolk"}
              - {food: "01053", role: cream, grams: 22, min: 10, max: 45}
              - {food: "01145", role: fat, grams: 4, min: 0, max: 10}
            directions:
              - Whisk the yolk, cream and melted butter in a small cup.
            """;

    /** A good user food file. */
    static final String FOODS = """
            foods:
              - id: clinic-almond-bread
                name: Almond bread (clinic recipe)
                per_100g: {kcal: 520, fat_g: 45.0, protein_g: 18.0, carbohydrate_g: 6.0, fibre_g: 4.0}
                measures: [{name: slice, grams: 30}]
                source: clinic kitchen, 2026
            """;

    private static Path fixtures;

    private Hostile() {
    }

    /**
     * One hostile case.
     *
     * @param name what it tries
     * @param files the files to put in the folder first (name to bytes)
     * @param args the command line; "@/" stands for the folder
     * @param code the exit code expected
     * @param place a regular expression the one error line must contain ("@" for the folder)
     */
    record Case(String name, Map<String, byte[]> files, List<String> args, int code, String place) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A case builder: files first, then the command line and what must happen. */
    static final class Builder {
        private final String name;
        private final Map<String, byte[]> files = new TreeMap<>();

        Builder(String name) {
            this.name = name;
        }

        Builder file(String file, String text) {
            files.put(file, text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Builder file(String file, byte[] bytes) {
            files.put(file, bytes);
            return this;
        }

        Builder fixture(String file) {
            files.put(file, bytesOf(fixturePath(file)));
            return this;
        }

        Case fails(int code, String place, String... args) {
            return new Case(name, Map.copyOf(files), List.of(args), code, place);
        }

        Case bad(String place, String... args) {
            return fails(ExitCodes.BAD_INPUT, place, args);
        }
    }

    static Builder of(String name) {
        return new Builder(name);
    }

    /** Runs a case in {@code dir} and checks everything it promises. */
    static void run(Case c, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Map<String, String> before = snapshot(dir);
        String root = dir.toString();
        String[] args = c.args().stream().map(a -> a.replace("@/", root + "/")).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        String err = r.err().replace(root, "@");
        assertEquals(c.code(), r.code(), c.name() + ": " + err + r.out());
        String[] lines = err.isEmpty() ? new String[0] : err.split("\\R");
        assertEquals(1, lines.length, c.name() + ": expected one line: " + err);
        assertTrue(Pattern.compile(c.place()).matcher(lines[0]).find(), c.name() + ": expected /" + c.place()
                + "/ in: " + lines[0]);
        assertTrue(!err.contains("\tat ") && !err.contains("Exception"), c.name() + ": " + err);
        assertTrue(!lines[0].startsWith("internal error"), c.name() + ": " + lines[0]);
        assertTrue(lines[0].chars().noneMatch(ch -> ch < 0x20 && ch != '\t'), c.name() + ": control in " + lines[0]);
        assertEquals(before, snapshot(dir), c.name() + ": a file was created, changed or removed");
    }

    /** Every file under {@code dir} with a digest of its bytes (an empty diary lock file aside). */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().equals(AppendOnlyFolder.LOCK_FILE) && Files.size(p) == 0) {
                    continue; // a diary folder's lock: reading locks it; between commands it holds nothing
                }
                if (Files.isRegularFile(p)) {
                    m.put(dir.relativize(p).toString(), digest(Files.readAllBytes(p)));
                } else if (!p.equals(dir)) {
                    m.put(dir.relativize(p) + "/", "folder");
                }
            }
        }
        return m;
    }

    private static String digest(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixtures' folder, made on first use: plan.json (3 days), plan.xlsx, patient.yaml, recipe, foods. */
    static synchronized Path fixtures() {
        if (fixtures != null) {
            return fixtures;
        }
        try {
            Path dir = Files.createTempDirectory("hostile-fixtures");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder: the system cleans it up in time
                }
            }));
            Files.writeString(dir.resolve("patient.yaml"), PATIENT);
            Files.writeString(dir.resolve("custard.yaml"), RECIPE);
            Files.writeString(dir.resolve("foods.yaml"), FOODS);
            CliRun plan = CliRun.of("plan", "--example", "--days", "3", "--start", "2026-12-01", "--out",
                    dir.resolve("plan.json").toString());
            assertEquals(0, plan.code(), plan.err());
            CliRun xlsx = CliRun.of("export", dir.resolve("plan.json").toString(), "--out",
                    dir.resolve("plan.xlsx").toString());
            assertEquals(0, xlsx.code(), xlsx.err());
            fixtures = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixturePath(String name) {
        return fixtures().resolve(name);
    }

    static byte[] bytesOf(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's text. */
    static String text(String name) {
        return new String(bytesOf(fixturePath(name)), StandardCharsets.UTF_8);
    }

    /** The lines of a list of case lists, flattened. */
    @SafeVarargs
    static List<Case> all(List<Case>... lists) {
        List<Case> out = new ArrayList<>();
        for (List<Case> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
