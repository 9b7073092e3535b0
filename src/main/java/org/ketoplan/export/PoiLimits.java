package org.ketoplan.export;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.ketoplan.common.Text;

/**
 * The limits a workbook given to {@code diary import} is read within, and the one-line reason for each rejection.
 *
 * <p>POI's defaults guard against a zip bomb by ratio only; these add bounds on what one file may expand to, so a
 * small file cannot make ketoplan build a sheet of hundreds of megabytes in memory: at most 1,000 entries, none
 * larger than 64 MiB once inflated nor inflating more than 100 times (POI's minimum inflate ratio 0.01), and
 * records up to 64 MiB. POI's XML parsers refuse a DOCTYPE, so external entities (XXE) and entity expansion (the
 * "billion laughs") never run.
 */
final class PoiLimits {
    /** The largest entry, inflated. */
    static final long MAX_ENTRY_BYTES = 64L << 20;
    private static volatile boolean applied;

    private PoiLimits() {
    }

    /** Sets POI's limits (once per process; POI keeps them in static fields). */
    static void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(1_000);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY_BYTES);
        applied = true;
    }

    /** Why POI could not open {@code file}, in words: "not an .xlsx workbook", "a zip bomb?", ... */
    static String why(Path file, Throwable e) {
        String all = messages(e).toLowerCase(Locale.ROOT);
        if (e instanceof EmptyFileException || all.contains("empty file") || all.contains("supplied file was empty")) {
            return "the file is empty; expected an .xlsx workbook";
        }
        if (e instanceof EncryptedDocumentException || all.contains("password") || all.contains("encrypt")) {
            return "the workbook is protected by a password; save it without one and import it again";
        }
        if (e instanceof OLE2NotOfficeXmlFileException || all.contains("ole2")) {
            return "an old .xls (or protected) workbook; save it as .xlsx (Excel Workbook) and import it again";
        }
        if (all.contains("zip bomb")) {
            return "the workbook expands to far more than its size on disk (more than 100 times, a \"zip bomb\"); "
                    + "not read";
        }
        if (all.contains("doctype") || all.contains("entity")) {
            return "the workbook's XML holds a DOCTYPE or entity declaration, which workbooks never need; not read";
        }
        if (all.contains("max") && (all.contains("exceed") || all.contains("size") || all.contains("count")
                || all.contains("length")) || e instanceof OutOfMemoryError) {
            return "the workbook holds more than ketoplan reads (an entry over " + MAX_ENTRY_BYTES / (1 << 20)
                    + " MiB, or over 1,000 entries); not read";
        }
        if (e instanceof StackOverflowError) {
            return "the workbook's XML is nested too deeply; not read";
        }
        if (e instanceof NotOfficeXmlFileException || all.contains("zip") || all.contains("not a valid ooxml")
                || all.contains("no valid entries") || all.contains("content_types")) {
            return "not an .xlsx workbook (or a damaged one); save it from the spreadsheet as .xlsx";
        }
        String first = firstMessage(e);
        return "not a readable .xlsx workbook (" + (first == null ? e.getClass().getSimpleName()
                : Text.printable(first.length() > 160 ? first.substring(0, 160) + "..." : first)) + ")";
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static String firstMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().lines().findFirst().orElse("");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
