package org.ketoplan.diary;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.export.AdherencePdf;
import org.ketoplan.export.AdherenceWorkbook;
import org.ketoplan.export.Paper;

/**
 * Writes an adherence report to a file chosen by its extension: {@code .xlsx} (tables and charts), {@code .pdf}
 * (a one-page clinic summary with the chart), {@code .json}, anything else as text. Writes are atomic; an
 * existing file is replaced only with {@code force}.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Writes {@code report} to {@code out} on A4; {@code json} chooses JSON for an extension that does not say. */
    public static void write(AdherenceReport report, Path out, boolean json, boolean force) {
        write(report, out, json, Paper.A4, force);
    }

    /** Writes {@code report} to {@code out}, a workbook or PDF set up for {@code paper}. */
    public static void write(AdherenceReport report, Path out, boolean json, Paper paper, boolean force) {
        write(report, out, json, paper, force, UnaryOperator.identity());
    }

    /**
     * Writes {@code report} to {@code out}, a workbook or PDF set up for {@code paper}; a text report writes the
     * settings it names by {@code label} (a front end's name for a field, {@link ReportText#render(AdherenceReport,
     * UnaryOperator)}).
     */
    public static void write(AdherenceReport report, Path out, boolean json, Paper paper, boolean force,
                             UnaryOperator<String> label) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            AtomicFiles.checkWritable(out, force);
            AdherenceWorkbook.write(out, ReportDocuments.of(report), paper, force);
        } else if (name.endsWith(".pdf")) {
            AtomicFiles.checkWritable(out, force);
            AdherencePdf.write(out, ReportDocuments.of(report), paper, force);
        } else if (name.endsWith(".json") || json) {
            AtomicFiles.writeString(out, force, ReportJson.render(report));
        } else {
            AtomicFiles.writeString(out, force, ReportText.render(report, label));
        }
    }
}
