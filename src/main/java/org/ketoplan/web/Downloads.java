package org.ketoplan.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A download made by a service that writes files (as the CLI's {@code --out} does): written to a private temporary
 * folder, sent, and deleted, so the browser gets exactly the CLI's file.
 */
final class Downloads {
    private Downloads() {
    }

    /** Sends the file that {@code write} writes to the path it is given, as {@code filename}, then deletes it. */
    static void send(Context ctx, String filename, String type, Consumer<Path> write) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ketoplan-download");
            Path out = dir.resolve(filename);
            write.accept(out);
            ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
            ctx.contentType(type).result(Files.readAllBytes(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary file the system cleans up; nothing of the workspace
                }
            }
        }
    }
}
