package org.ketoplan.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the files people give ketoplan (patient files, recipes, plans, diaries) with one-line errors that say what
 * is wrong in words: "no such file", "permission denied", "is a folder", "larger than 1 MiB", "not UTF-8 text" at
 * its line. A file is read whole, and never more than its kind's bound ({@link Limits}).
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes}.
     *
     * @throws BadInputException naming the file and the problem
     */
    public static byte[] bytes(Path file, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw BadInputException.at(file.toString(), "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw BadInputException.at(file.toString(), "is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw BadInputException.at(file.toString(), "is larger than " + size(maxBytes)
                        + ", the most ketoplan reads for this kind of file");
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * The text of {@code file} (UTF-8, a leading byte order mark dropped), at most {@code maxBytes}.
     *
     * @throws BadInputException naming the file, and the line of a byte that is not UTF-8
     */
    public static String text(Path file, long maxBytes) {
        return utf8(file.toString(), bytes(file, maxBytes));
    }

    /**
     * {@code bytes} decoded as UTF-8 (a leading byte order mark dropped).
     *
     * @param name the file name shown in messages
     * @throws BadInputException "name:LINE: not UTF-8 text (byte 0xE9 in column 7); save the file as UTF-8"
     */
    public static String utf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw BadInputException.at(name + ":" + line, String.format(Locale.ROOT, "not UTF-8 text (byte 0x%02X "
                    + "at column %d); save the file as UTF-8", bytes[at] & 0xff, at - lineStart + 1));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The YAML files of the folder {@code dir} ({@code *.yaml} and {@code *.yml}, not hidden ones), in name order:
     * how a folder of user foods or recipes is read.
     *
     * @throws BadInputException "DIR: cannot list the folder (...)"
     */
    public static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(InputFiles::isYamlFile).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list the folder (" + describe(e) + ")", e);
        }
    }

    /** True for a regular file named *.yaml or *.yml that is not hidden. */
    public static boolean isYamlFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".");
    }

    /** "FILE: no such file", "FILE: permission denied", ... for an error reading {@code file}. */
    public static BadInputException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new BadInputException(file + ": no such file", e);
        }
        return new BadInputException(file + ": cannot read (" + describe(e) + ")", e);
    }

    /**
     * An I/O error in words a person knows: "permission denied", "no space left on device", "no such file or
     * folder", "is a folder", or the system's own reason.
     */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        if (reason == null) {
            return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        }
        String r = reason.strip();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on device";
        }
        if (lower.contains("is a directory")) {
            return "is a folder";
        }
        if (lower.contains("permission denied")) {
            return "permission denied";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (lower.contains("file too large")) {
            return "file too large for this file system or limit";
        }
        if (lower.contains("disk quota")) {
            return "disk quota exceeded";
        }
        return Text.printable(r);
    }

    /** 1048576 -> "1 MiB". */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
