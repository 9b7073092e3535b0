package org.ketoplan.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that nothing is lost: a whole file goes to a temporary file beside the target and is then
 * moved into place in one step; an existing target is only replaced when the caller says {@code force}; an
 * append adds whole lines in one write and never rewrites what is there.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Produces the bytes of a file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws BadInputException when the target exists and {@code force} is false, or it cannot be written
     */
    public static void write(Path target, boolean force, Writer writer) {
        Path absolute = target.toAbsolutePath();
        checkWritable(target, force);
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            shareable(tmp, absolute);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot write (" + describe(e) + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the error above is the one to report
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically (see {@link #write(Path, boolean, Writer)}). */
    public static void writeString(Path target, boolean force, String text) {
        write(target, force, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Gives the temporary file the permissions a plainly created file would have (rw-r--r--), or those of the file
     * it replaces: a temporary file is created readable by its owner only, and a plan or workbook is for sharing.
     */
    private static void shareable(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** Fails when {@code target} exists and {@code force} is false, or is a folder. */
    public static void checkWritable(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new BadInputException(target + ": is a folder, not a file");
        }
        if (Files.exists(target) && !force) {
            throw new BadInputException(target + ": already exists; use --force to overwrite it");
        }
    }

    /**
     * Appends {@code text} (whole lines ending in a newline) to {@code target} in one write, creating it with
     * {@code header} first when it does not exist. Existing content is never rewritten.
     */
    public static void appendLines(Path target, String header, String text) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (!Files.exists(target)) {
                try {
                    Files.writeString(target, header + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                    return;
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another writer created it first: append below
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            byte[] existing = Files.readAllBytes(target);
            if (existing.length > 0 && existing[existing.length - 1] != '\n') {
                bytes = ("\n" + text).getBytes(StandardCharsets.UTF_8);
            }
            Files.write(target, bytes, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot append (" + describe(e) + ")", e);
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
