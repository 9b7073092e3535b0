package org.ketoplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Makes the start-up archive beside {@code ketoplan.jar}: a class-data-sharing archive ({@code ketoplan.jsa}) of
 * the classes the usual commands load, so that the JVM maps them ready-parsed instead of reading and verifying
 * them from the jar at every start, and its stamp ({@code ketoplan.jsa.stamp}) that the launchers compare with
 * the running Java and the jar before they use it.
 *
 * <p>How, and why this way (JDK 17 and later):
 * <ol>
 *   <li>{@link StartupTraining} runs the usual commands in one JVM started with {@code -XX:DumpLoadedClassList};
 *   </li>
 *   <li>{@code -Xshare:dump} writes a static archive from that class list. The dynamic archive
 *   ({@code -XX:ArchiveClassesAtExit}) crashes the JVM on this jar, and so does a static dump of the lambda
 *   proxies whose interfaces are Picocli's (its classes are compiled for Java 5; "Old class has been linked",
 *   JDK-8274944): those lines are left out, and if a dump fails all lambda proxies are;</li>
 *   <li>the archive is tried once with {@code -Xshare:on} (which fails rather than running without it) before it
 *   replaces an older one.</li>
 * </ol>
 * An archive only fits the Java build that made it and the jar at the path and with the size and time it had: a
 * stale archive makes the JVM silently run without any class sharing, even the JDK's own, which is slower than
 * no archive at all. So the stamp records exactly what the JVM checks, and the launchers compare it first.
 *
 * <p>Nothing here is needed to run ketoplan: every failure is reported and leaves no archive behind.
 */
public final class StartupArchive {
    /** The archive's file name, beside the jar. */
    public static final String ARCHIVE = "ketoplan.jsa";
    /** The stamp's file name, beside the jar. */
    public static final String STAMP = "ketoplan.jsa.stamp";
    /** The first line of a stamp: its format. */
    static final String STAMP_FORMAT = "ketoplan-startup-archive 1";
    private static final long TIMEOUT_MINUTES = 10;

    private StartupArchive() {
    }

    /**
     * {@code StartupArchive [JAR]}: makes the archive for the jar (default: the one this class came from) with the
     * Java running this. Never fails a build: a problem is printed as a warning.
     */
    public static void main(String[] args) {
        if (Boolean.getBoolean("ketoplan.startup.skip")) {
            System.out.println("start-up archive: skipped (ketoplan.startup.skip)");
            return;
        }
        try {
            Path jar = args.length > 0 ? Path.of(args[0]) : ownJar();
            System.out.println("start-up archive: " + make(jar, System.out::println));
        } catch (IOException | RuntimeException e) {
            System.out.println("start-up archive: not made (" + e.getMessage() + "); ketoplan runs without it");
        }
    }

    /** The jar this class was loaded from. */
    static Path ownJar() {
        try {
            Path p = Path.of(StartupArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("ketoplan runs from " + p + ", not from a jar");
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the archive and its stamp beside {@code jar}; returns what was written.
     *
     * @param log where each step is reported
     * @throws IOException when a step fails (the old archive, if any, is then left as it was)
     */
    public static String make(Path jar, java.util.function.Consumer<String> log) throws IOException {
        jar = jar.toRealPath(); // the launchers name it by its physical path too
        Path dir = jar.getParent();
        Path work = Files.createTempDirectory("ketoplan-startup-");
        try {
            Path list = work.resolve("classes.lst");
            long t0 = System.nanoTime();
            try {
                run(work.resolve("training.log"), java(), "-Xshare:auto", "-XX:DumpLoadedClassList=" + list, "-cp",
                        jar.toString(), StartupTraining.class.getName(), work.resolve("files").toString());
            } catch (IOException e) {
                // a training command that fails still loaded most of its classes: the archive is made all the same
                if (!Files.isRegularFile(list) || Files.size(list) == 0) {
                    throw e;
                }
                log.accept("  " + e.getMessage());
            }
            List<String> classes = Files.readAllLines(list, StandardCharsets.UTF_8);
            log.accept("  recorded " + classes.size() + " classes in " + seconds(t0));
            Path temp = dir.resolve(ARCHIVE + ".tmp");
            long t1 = System.nanoTime();
            try {
                dump(work, jar, temp, classes, line -> !(line.startsWith("@lambda-proxy") && line.contains("picocli/")));
            } catch (IOException first) {
                log.accept("  dump failed (" + first.getMessage() + "); again without lambda proxies");
                dump(work, jar, temp, classes, line -> !line.startsWith("@lambda-proxy"));
            }
            run(work.resolve("check.log"), java(), "-Xshare:on", "-XX:SharedArchiveFile=" + temp, "-cp",
                    jar.toString(), Main.class.getName(), "--version");
            log.accept("  dumped and checked in " + seconds(t1));
            Path stampTemp = dir.resolve(STAMP + ".tmp");
            Files.writeString(stampTemp, String.join("\n", stamp(jar, Path.of(System.getProperty("java.home"))))
                    + "\n", StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(stampTemp, dir.resolve(STAMP), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return dir.resolve(ARCHIVE) + " (" + Files.size(dir.resolve(ARCHIVE)) / (1024 * 1024) + " MiB) for Java "
                    + System.getProperty("java.vm.version") + " at " + System.getProperty("java.home");
        } finally {
            Files.deleteIfExists(dir.resolve(ARCHIVE + ".tmp"));
            Files.deleteIfExists(dir.resolve(STAMP + ".tmp"));
            deleteTree(work);
        }
    }

    private static void dump(Path work, Path jar, Path archive, List<String> classes, Predicate<String> keep)
            throws IOException {
        Path kept = work.resolve("classes-kept.lst");
        Files.write(kept, classes.stream().filter(keep).toList(), StandardCharsets.UTF_8);
        Files.deleteIfExists(archive);
        run(work.resolve("dump.log"), java(), "-Xshare:dump", "-XX:SharedClassListFile=" + kept,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+heap=off", "-cp", jar.toString());
    }

    /**
     * The stamp of an archive for {@code jar} made by the Java at {@code javaHome}: what the JVM checks before it
     * maps an archive, one value a line, in the order the launchers compute them. Sizes in bytes, times in whole
     * seconds since 1970.
     */
    static List<String> stamp(Path jar, Path javaHome) throws IOException {
        Path home = javaHome.toRealPath();
        Path vm = Stream.of("lib/server/libjvm.so", "lib/server/libjvm.dylib", "bin/server/jvm.dll")
                .map(home::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IOException("no server JVM library under " + home));
        Path modules = home.resolve("lib/modules");
        return List.of(STAMP_FORMAT, jar.toString(), stat(jar), home.toString(),
                home.relativize(vm).toString().replace('\\', '/'), stat(vm), stat(modules));
    }

    /** "SIZE MTIME" as {@code stat -c '%s %Y'} prints them. */
    private static String stat(Path p) throws IOException {
        return Files.size(p) + " " + Files.getLastModifiedTime(p).to(TimeUnit.SECONDS);
    }

    private static String java() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path exe = bin.resolve("java.exe");
        return (Files.isRegularFile(exe) ? exe : bin.resolve("java")).toString();
    }

    private static void run(Path logFile, String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(command[1] + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            String last = lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
            throw new IOException(String.join(" ", command).replaceAll(" -cp \\S+", "") + " exited "
                    + p.exitValue() + (last.isEmpty() ? "" : ": " + last.strip()));
        }
    }

    private static String seconds(long start) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(all.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
