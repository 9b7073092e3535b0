package org.ketoplan.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a separate Java process under a limit on the size of files it may write
 * ({@code ulimit -f}): a write past the limit fails as it would on a full disk (with "File too large"; the JVM
 * ignores the SIGXFSZ signal), so the tests can check what a full disk leaves behind without filling one.
 */
public final class FaultProcesses {
    private FaultProcesses() {
    }

    /**
     * What a process did.
     *
     * @param code its exit code
     * @param out its standard output
     * @param err its standard error
     */
    public record Result(int code, String out, String err) {
    }

    /** True when bash can set the limit here. */
    public static boolean canLimitFileSize() {
        try {
            Process p = new ProcessBuilder("bash", "-c", "ulimit -f 100").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code main.main(args)} in a new JVM whose files may grow to at most {@code kib} KiB. */
    public static Result withFileSizeLimit(int kib, Class<?> main, String... args) throws IOException,
            InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // no performance-data file: the JVM would write it under the same limit
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        StringBuilder script = new StringBuilder("ulimit -f " + kib + "; exec");
        for (String c : command) {
            script.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        Path out = Files.createTempFile("fault-out", ".txt");
        Path err = Files.createTempFile("fault-err", ".txt");
        try {
            Process p = new ProcessBuilder("bash", "-c", script.toString()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the process did not finish: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
