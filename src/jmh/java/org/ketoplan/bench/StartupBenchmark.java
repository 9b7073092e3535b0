package org.ketoplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The guard of start-up: each shot starts a fresh JVM and runs one command to its end, as a person does, and the
 * figure to read is its ratio to {@link #javaVersion}, {@code java -version} measured in the same run (the floor: a
 * JVM that starts and stops). {@code launch=plain} is {@code java -jar target/ketoplan.jar}; {@code launch=launcher}
 * is {@code target/ketoplan}, the launcher with its start-up archive, quick compilation and serial collector. All the
 * start-up work of ketoplan lives at the entry point ({@code cli.Main}, {@code cli.WarmUps}, the archive made by
 * {@code cli.StartupTraining}); a change that loads more classes or does more work before the first line is printed
 * shows here.
 *
 * <p>Run after {@code mvn -B package -DskipTests} (the jar, the launcher and its archive) and
 * {@code mvn -B -Pbench package -DskipTests}: {@code java -jar target/benchmarks.jar StartupBenchmark}. The jar and
 * the launcher are looked for under {@code target/} of the working folder, or {@code -Dketoplan.target=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 15)
@Fork(1)
public class StartupBenchmark {
    /** The command run: the version (no command built), a prescription (no foods), a meal (foods and the solver). */
    @Param({"version", "prescribe", "meal"})
    public String command;

    /** How the JVM is started: plain {@code java -jar}, or the launcher. */
    @Param({"plain", "launcher"})
    public String launch;

    private List<String> line;
    private List<String> floor;
    private Path work;

    @Setup
    public void find() throws IOException {
        Path target = Path.of(System.getProperty("ketoplan.target", "target")).toAbsolutePath();
        Path jar = target.resolve("ketoplan.jar");
        Path launcher = target.resolve("ketoplan");
        if (!Files.isRegularFile(jar) || !Files.isExecutable(launcher)) {
            throw new IllegalStateException("no " + jar + " or " + launcher + ": run mvn -B package -DskipTests first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        line = new ArrayList<>(launch.equals("plain") ? List.of(java, "-jar", jar.toString())
                : List.of(launcher.toString()));
        line.addAll(switch (command) {
            case "version" -> List.of("--version");
            case "prescribe" -> List.of("prescribe", "--weight", "8", "--age-months", "9", "--ratio", "4:1");
            case "meal" -> List.of("meal", "--kcal", "500", "--ratio", "4:1", "--protein", "10", "--food", "01053",
                    "--food", "01001", "--food", "05064", "--food", "11090");
            default -> throw new IllegalArgumentException("command " + command);
        });
        floor = List.of(java, "-version");
        work = Files.createTempDirectory("ketoplan-startup");
    }

    /** The floor: {@code java -version}, a JVM that starts and stops (the same for every parameter). */
    @Benchmark
    public int javaVersion() throws IOException, InterruptedException {
        return run(floor);
    }

    /** The command, from a fresh JVM to its exit. */
    @Benchmark
    public int ketoplan() throws IOException, InterruptedException {
        return run(line);
    }

    private int run(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(args).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("KETOPLAN_JAVA_OPTS");
        pb.environment().remove("KETOPLAN_ARCHIVE");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": exit code " + code);
        }
        return code;
    }
}
