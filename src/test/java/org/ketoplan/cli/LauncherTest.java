package org.ketoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher (src/main/launcher/ketoplan) with a stand-in Java that prints the options it was given:
 * the start-up archive is used only when its stamp, written by {@link StartupArchive#stamp}, matches this jar
 * and this Java as the launcher sees them, and it is never an error when it does not.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    Path dir;
    Path app;
    Path home;
    Path jar;

    @BeforeEach
    void install() throws IOException {
        app = Files.createDirectories(dir.resolve("app"));
        Files.copy(Path.of("src/main/launcher/ketoplan"), app.resolve("ketoplan"));
        jar = Files.writeString(app.resolve("ketoplan.jar"), "not really a jar");
        Files.writeString(app.resolve("ketoplan.jsa"), "not really an archive");
        home = Files.createDirectories(dir.resolve("jdk"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("lib/server/libjvm.so"), "vm");
        Files.writeString(home.resolve("lib/modules"), "modules");
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", app.resolve("ketoplan").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", home.toString());
        pb.environment().remove("KETOPLAN_JAVA_OPTS");
        pb.environment().remove("KETOPLAN_ARCHIVE");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    private void stamp() throws IOException {
        Files.write(app.resolve(StartupArchive.STAMP), StartupArchive.stamp(jar.toRealPath(), home));
    }

    @Test
    void aMatchingArchiveIsUsedWithQuickCompilation() throws Exception {
        stamp();
        List<String> args = launch("meal", "--kcal", "500");
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + app.toRealPath()
                .resolve("ketoplan.jsa"), "-Xshare:auto", "-jar", jar.toRealPath().toString(), "meal", "--kcal",
                "500"), args);
    }

    @Test
    void aRebuiltJarOrAnotherJavaLeavesTheArchiveOut() throws Exception {
        stamp();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 5000));
        assertFalse(String.join(" ", launch("--version")).contains("SharedArchiveFile"));
        stamp();
        assertTrue(String.join(" ", launch("--version")).contains("SharedArchiveFile"));
        Files.writeString(home.resolve("lib/server/libjvm.so"), "an updated vm");
        assertFalse(String.join(" ", launch("--version")).contains("SharedArchiveFile"));
    }

    @Test
    void noStampNoArchiveAndABatchKeepsTheOptimisingCompiler() throws Exception {
        List<String> args = launch("plan", "--patients", "clinic");
        assertEquals(List.of("-XX:+UseSerialGC", "-jar", jar.toRealPath().toString(), "plan", "--patients",
                "clinic"), args);
    }

    @Test
    void anAppImagesOwnRuntimeComesFirst() throws Exception {
        Path own = Files.createDirectories(app.resolve("runtime/bin")).resolve("java");
        Files.writeString(own, "#!/bin/sh\necho own runtime\n");
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(List.of("own runtime"), launch("--version"));
    }

    @Test
    void argumentsWithSpacesArePassedAsTheyAre() throws Exception {
        List<String> args = launch("food", "search", "heavy cream");
        assertEquals("heavy cream", args.get(args.size() - 1));
    }
}
