package org.ketoplan.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;

/**
 * A folder of append-only text files (a diary), safe when several processes read and append at once and when one is
 * killed or the disk fills up in the middle of an append: no acknowledged line is ever lost or changed, and no
 * unacknowledged line is ever read.
 *
 * <ul>
 *   <li>Every reader and writer holds a lock on the folder's {@code .ketoplan.lock} file ({@link FileChannel#lock}):
 *       shared to read, exclusive to append, so a writer's check of what is there and its append are one step.</li>
 *   <li>A new file is created whole (its header and first lines) in a temporary file, synced and then moved into
 *       place: there is never an empty or header-less file.</li>
 *   <li>An append writes all its lines with one {@code write} at the end of the file, then {@code fsync}s it. Before
 *       writing it records the file's length and the append's length and checksum in the lock file; an append that
 *       did not finish (a kill, a crash, a full disk) is found by the next process from that record and its bytes
 *       are taken out (kept in {@code NAME.torn}), so a meal half-written is not a meal logged.</li>
 *   <li>A last line without a line end that no record explains (another program wrote it) is left out by readers
 *       with a warning, and moved to {@code NAME.torn} by the next append.</li>
 * </ul>
 */
public final class AppendOnlyFolder implements AutoCloseable {
    /** The lock file in the folder; while an append runs it holds its record. */
    public static final String LOCK_FILE = ".ketoplan.lock";
    /** How long to wait for another ketoplan to finish with the folder. */
    private static final long WAIT_MS = 60_000;
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path dir;
    private final boolean exclusive;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock inProcess;
    private final List<String> warnings = new ArrayList<>();
    private Pending pending;
    private boolean foundUnfinished;

    /** The record of an append in progress: file, length before, bytes appended and their checksum. */
    private record Pending(String file, long before, long length, long crc) {
        String line() {
            return "pending " + file + " " + before + " " + length + " " + crc + "\n";
        }

        static Pending parse(String text) {
            String[] p = text.strip().split(" ");
            if (p.length != 5 || !p[0].equals("pending")) {
                return null;
            }
            try {
                return new Pending(p[1], Long.parseLong(p[2]), Long.parseLong(p[3]), Long.parseLong(p[4]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /**
     * One line of a file as read: its number, its text (without the line end), or why it cannot be read.
     *
     * @param number the line number (1 = the first line)
     * @param text the text, or null when the line is not UTF-8
     * @param problem why the text is null, else null
     */
    public record Line(int number, String text, String problem) {
    }

    private AppendOnlyFolder(Path dir, boolean exclusive, FileChannel lockChannel, FileLock lock,
                             ReentrantLock inProcess) {
        this.dir = dir;
        this.exclusive = exclusive;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.inProcess = inProcess;
    }

    /**
     * Opens {@code dir} to read and append (creating it), waiting while another process uses it, and finishes or
     * takes out an append that another process left unfinished.
     *
     * @throws BadInputException when the folder cannot be created or locked
     */
    public static AppendOnlyFolder forAppending(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot create the folder (" + InputFiles.describe(e) + ")", e);
        }
        AppendOnlyFolder f = open(dir, true);
        f.recover();
        return f;
    }

    /**
     * Opens {@code dir} to read, waiting while another process appends. A folder that does not exist reads as
     * empty; one that cannot hold a lock file (read-only) is read without a lock.
     */
    public static AppendOnlyFolder forReading(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new BadInputException(dir + ": is a file, not a folder");
            }
            return new AppendOnlyFolder(dir, false, null, null, null);
        }
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile) && !Files.isWritable(dir)) {
            return new AppendOnlyFolder(dir, false, null, null, null);
        }
        AppendOnlyFolder f = open(dir, false);
        f.pending = f.readPending();
        return f;
    }

    private static AppendOnlyFolder open(Path dir, boolean exclusive) {
        Path key = dir.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException(dir + " is already open in this thread; use the folder already open");
        }
        boolean locked = false;
        FileChannel ch = null;
        try {
            if (!local.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw busy(dir);
            }
            locked = true;
            Path lockFile = dir.resolve(LOCK_FILE);
            ch = exclusive || Files.isWritable(dir)
                    ? FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)
                    : FileChannel.open(lockFile, StandardOpenOption.READ);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
            FileLock fl;
            while ((fl = ch.tryLock(0, Long.MAX_VALUE, !exclusive)) == null) {
                if (System.nanoTime() > deadline) {
                    throw busy(dir);
                }
                Thread.sleep(5); // another process holds the folder for the few milliseconds of its append
            }
            return new AppendOnlyFolder(dir, exclusive, ch, fl, local);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(ch);
            if (locked) {
                local.unlock();
            }
            throw new BadInputException(dir + ": cannot lock the folder (" + (e instanceof IOException io
                    ? InputFiles.describe(io) : "in use") + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(ch);
            if (locked) {
                local.unlock();
            }
            throw busy(dir);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            if (locked) {
                local.unlock();
            }
            throw e;
        }
    }

    private static BadInputException busy(Path dir) {
        return new BadInputException(dir + ": another ketoplan has been using this folder for "
                + WAIT_MS / 1000 + " s; try again when it has finished");
    }

    /**
     * True when this opening found the record of an append another process did not finish (it was killed, or its
     * machine stopped, between recording the append and clearing the record): its lines were kept when they had all
     * reached the disk, else taken out.
     */
    public boolean foundUnfinishedAppend() {
        return foundUnfinished;
    }

    /** The warnings of this opening: interrupted appends taken out, incomplete lines left out or moved. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The lines of {@code name} (none when it does not exist), at most {@code maxBytes}: only lines that were
     * appended completely. A line end of CR LF is read as LF.
     *
     * @throws BadInputException when the file cannot be read or is too large
     */
    public List<Line> read(String name, long maxBytes) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] bytes = InputFiles.bytes(file, maxBytes);
        int valid = bytes.length;
        if (pending != null && pending.file().equals(name) && bytes.length > pending.before()
                && !complete(bytes, pending)) {
            valid = (int) pending.before();
            warnings.add(file + ": an entry that was interrupted while being written (" + (bytes.length - valid)
                    + " bytes at the end) is left out; the next entry takes it out");
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < valid; i++) {
            if (bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(line(file, number++, bytes, start, end));
                start = i + 1;
            }
        }
        if (start < valid) {
            warnings.add(file + ":" + number + ": the last line has no line end (an interrupted write?); it is "
                    + "left out, and the next entry moves it to " + name + ".torn");
        }
        return lines;
    }

    private static Line line(Path file, int number, byte[] bytes, int from, int to) {
        byte[] b = java.util.Arrays.copyOfRange(bytes, from, to);
        try {
            String text = InputFiles.utf8(file.toString(), b);
            return new Line(number, text, null);
        } catch (BadInputException e) {
            String m = e.getMessage();
            return new Line(number, null, m.substring(m.indexOf(": ", file.toString().length()) + 2));
        }
    }

    /**
     * Appends {@code lines} (whole lines, each ending in a line end) to {@code name}: creating it with
     * {@code header} first when it does not exist (or is empty), in one write followed by {@code fsync}.
     *
     * @throws BadInputException when it cannot be written (the disk is full, ...); then nothing is appended
     */
    public void append(String name, String header, String lines) {
        if (!exclusive) {
            throw new IllegalStateException("the folder was opened for reading");
        }
        if (lines.isEmpty()) {
            return;
        }
        if (!lines.endsWith("\n")) {
            throw new IllegalArgumentException("an append must end with a line end");
        }
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            AtomicFiles.writeString(file, false, header + lines);
            return;
        }
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = fc.size();
            byte[] data = (size == 0 ? header + lines : lines).getBytes(StandardCharsets.UTF_8);
            if (size > 0 && lastByte(fc, size) != '\n') {
                size = moveTail(fc, name, lastLineStart(fc, size), size,
                        "an incomplete last line (no line end) was moved to " + name + ".torn");
            }
            record(new Pending(name, size, data.length, crc(data, 0, data.length)));
            try {
                ByteBuffer b = ByteBuffer.wrap(data);
                long at = size;
                while (b.hasRemaining()) {
                    at += fc.write(b, at);
                }
                fc.force(true);
            } catch (IOException e) {
                try {
                    fc.truncate(size);
                    fc.force(true);
                    record(null);
                } catch (IOException left) {
                    // the record stays: the next process takes the partial append out
                }
                throw new BadInputException(file + ": cannot append (" + InputFiles.describe(e)
                        + "); nothing was written", e);
            }
            record(null);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot append (" + InputFiles.describe(e) + ")", e);
        }
    }

    /** Takes out an append another process left unfinished (see the class comment). */
    private void recover() {
        Pending p = readPending();
        if (p == null) {
            return;
        }
        foundUnfinished = true;
        Path file = dir.resolve(p.file());
        if (p.file().contains("/") || p.file().startsWith(".") || !Files.isRegularFile(file)) {
            recordQuietly();
            return;
        }
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = fc.size();
            if (size > p.before()) {
                byte[] tail = new byte[(int) Math.min(size - p.before(), Integer.MAX_VALUE - 8)];
                readFully(fc, p.before(), tail);
                if (!(tail.length >= p.length() && crc(tail, 0, (int) p.length()) == p.crc())) {
                    moveTail(fc, p.file(), p.before(), size, "an entry interrupted while being written ("
                            + (size - p.before()) + " bytes) was taken out and kept in " + p.file() + ".torn");
                }
            }
            record(null);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot repair an interrupted entry (" + InputFiles.describe(e)
                    + ")", e);
        }
    }

    private static boolean complete(byte[] bytes, Pending p) {
        long end = p.before() + p.length();
        return bytes.length >= end && crc(bytes, (int) p.before(), (int) p.length()) == p.crc();
    }

    /** Moves bytes {@code from} to {@code size} to NAME.torn, cuts the file there, and returns the new size. */
    private long moveTail(FileChannel fc, String name, long from, long size, String what) throws IOException {
        byte[] tail = new byte[(int) (size - from)];
        readFully(fc, from, tail);
        Path torn = dir.resolve(name + ".torn");
        try (FileChannel t = FileChannel.open(torn, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            t.write(ByteBuffer.wrap(tail));
            if (tail.length == 0 || tail[tail.length - 1] != '\n') {
                t.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
            t.force(true);
        }
        fc.truncate(from);
        fc.force(true);
        warnings.add(dir.resolve(name) + ": " + what);
        return from;
    }

    private static byte lastByte(FileChannel fc, long size) throws IOException {
        byte[] one = new byte[1];
        readFully(fc, size - 1, one);
        return one[0];
    }

    /** The offset just after the last line end before {@code size} (0 when there is none). */
    private static long lastLineStart(FileChannel fc, long size) throws IOException {
        byte[] chunk = new byte[8192];
        long end = size;
        while (end > 0) {
            int n = (int) Math.min(chunk.length, end);
            long from = end - n;
            ByteBuffer b = ByteBuffer.wrap(chunk, 0, n);
            readFully(fc, from, b);
            for (int i = n - 1; i >= 0; i--) {
                if (chunk[i] == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    private static void readFully(FileChannel fc, long at, byte[] into) throws IOException {
        readFully(fc, at, ByteBuffer.wrap(into));
    }

    private static void readFully(FileChannel fc, long at, ByteBuffer b) throws IOException {
        long pos = at;
        while (b.hasRemaining()) {
            int n = fc.read(b, pos);
            if (n < 0) {
                throw new IOException("the file ended early");
            }
            pos += n;
        }
    }

    private static long crc(byte[] b, int from, int length) {
        CRC32 c = new CRC32();
        c.update(b, from, length);
        return c.getValue();
    }

    private Pending readPending() {
        if (lockChannel == null) {
            return null;
        }
        try {
            long size = lockChannel.size();
            if (size == 0 || size > 4096) {
                return null;
            }
            byte[] b = new byte[(int) size];
            readFully(lockChannel, 0, b);
            return Pending.parse(new String(b, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes (or, for null, clears) the record of the append in progress; a record is synced before the append. */
    private void record(Pending p) throws IOException {
        if (p == null) {
            lockChannel.truncate(0);
            return;
        }
        byte[] b = p.line().getBytes(StandardCharsets.UTF_8);
        lockChannel.truncate(0);
        lockChannel.write(ByteBuffer.wrap(b), 0);
        lockChannel.force(true);
    }

    private void recordQuietly() {
        try {
            record(null);
        } catch (IOException ignored) {
            // an unusable record is ignored by every reader anyway
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(lockChannel);
            if (inProcess != null) {
                inProcess.unlock();
            }
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
