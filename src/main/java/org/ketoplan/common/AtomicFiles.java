package org.ketoplan.common;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes files so that nothing is lost: a whole file goes to a temporary file beside the target, is flushed to the
 * disk ({@code fsync}) and only then moved into place in one step, so a crash, a kill or a full disk leaves either
 * the old file or the new one, never a part.
 *
 * <ul>
 *   <li>An existing target is replaced only when the caller says {@code force}, and only when it is a regular file
 *       (never a device, a pipe or a folder). A symbolic link to a file is followed: the file it points to is
 *       replaced, the link stays.</li>
 *   <li>A new file gets the permissions the user's umask gives any new file; a replaced file keeps its own.</li>
 *   <li>Temporary files are named {@code .NAME.PID.RANDOM.ketoplan-tmp}; one left by a process that no longer runs
 *       (killed while writing) is deleted by the next write beside it.</li>
 *   <li>Every failure, a full disk included, is one {@link BadInputException} naming the file, and leaves no
 *       temporary file.</li>
 * </ul>
 */
public final class AtomicFiles {
    /** The suffix of temporary files. */
    static final String TEMP_SUFFIX = ".ketoplan-tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

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
     * @throws BadInputException when the target exists and {@code force} is false, is not a regular file, or cannot
     *                           be written (naming why: permission denied, no space left on device, ...)
     */
    public static void write(Path target, boolean force, Writer writer) {
        Path file = destination(target, force);
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStaleTemporaryFiles(dir, file.getFileName().toString());
            tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + HexFormat.of().toHexDigits(RANDOM.nextInt()) + TEMP_SUFFIX);
            // CREATE_NEW with no attributes: the mode is 0666 less the user's umask, as for any new file
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                writer.write(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // a writer may close its stream; the file is synced and closed here
                    }
                });
                out.flush();
                ch.force(true);
            }
            boolean replacing = Files.exists(file);
            if (replacing) {
                keepPermissions(file, tmp);
            }
            place(tmp, file, replacing || force);
            syncFolder(dir);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (BadInputException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io != null) {
                throw cannotWrite(target, io); // POI and PDFBox wrap a full disk in their own exceptions
            }
            throw e;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded, or the error above is the one to report
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically (see {@link #write(Path, boolean, Writer)}). */
    public static void writeString(Path target, boolean force, String text) {
        write(target, force, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Fails when {@code target} is a folder, exists and {@code force} is false, exists and is not a regular file, or
     * is in a folder that cannot be written; call it before any long work, so that a refused write costs nothing.
     */
    public static void checkWritable(Path target, boolean force) {
        destination(target, force);
    }

    /** The file to write for {@code target}: the file a symbolic link points to, after every check. */
    private static Path destination(Path target, boolean force) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new BadInputException(target + ": is a folder, not a file");
        }
        boolean exists = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            throw BadInputException.phrased(target + ": already exists; use ", BadInputException.ref("force"),
                    " to overwrite it");
        }
        Path file = absolute;
        if (exists && Files.isSymbolicLink(absolute)) {
            try {
                file = absolute.toRealPath();
            } catch (IOException e) {
                throw new BadInputException(target + ": a link to a file that does not exist", e);
            }
        }
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(target + ": is not a regular file (a device, pipe or socket); ketoplan "
                    + "only replaces regular files");
        }
        Path dir = file.getParent();
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new BadInputException(target + ": cannot write (permission denied for the folder " + dir + ")");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(target + ": cannot write (" + dir + " is a file, not a folder)");
        }
        return file;
    }

    /** Moves {@code tmp} to {@code file}: replacing it, or (without force) only when it still does not exist. */
    private static void place(Path tmp, Path file, boolean replace) throws IOException {
        if (!replace) {
            try {
                Files.createLink(file, tmp); // link(2) fails rather than replace a file that appeared meanwhile
                return;
            } catch (FileAlreadyExistsException e) {
                BadInputException b = BadInputException.phrased(file + ": already exists (it appeared while ketoplan "
                        + "was writing); use ", BadInputException.ref("force"), " to overwrite it");
                b.initCause(e);
                throw b;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // a file system without hard links (FAT, some network shares): move instead
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /** Flushes a folder's entries (the rename) to the disk, where the system allows it. */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every system can open a folder for syncing (Windows); the file itself was synced
        }
    }

    /**
     * Deletes the temporary files of {@code name} in {@code dir} whose process no longer runs: what a write killed
     * before its rename leaves behind.
     */
    static void removeStaleTemporaryFiles(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX);
        })) {
            for (Path p : files) {
                String middle = p.getFileName().toString().substring(prefix.length());
                int dot = middle.indexOf('.');
                long pid;
                try {
                    pid = Long.parseLong(middle.substring(0, Math.max(0, dot)));
                } catch (NumberFormatException e) {
                    continue;
                }
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // cleaning up is a courtesy; the write itself reports real problems
        }
    }

    private static BadInputException cannotWrite(Path target, IOException e) {
        return new BadInputException(target + ": cannot write (" + InputFiles.describe(e) + "); nothing was written",
                e);
    }

    /** The I/O error under a library's runtime exception, or null. */
    static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
