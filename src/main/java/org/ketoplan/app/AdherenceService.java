package org.ketoplan.app;

import java.nio.file.Path;
import java.util.Objects;
import org.ketoplan.diary.Adherence;
import org.ketoplan.diary.AdherenceOptions;
import org.ketoplan.diary.AdherenceReport;
import org.ketoplan.diary.Compositions;
import org.ketoplan.diary.Diary;
import org.ketoplan.diary.ReportFiles;
import org.ketoplan.plan.Plan;

/**
 * The adherence report of a diary against its plan: adherence and logged % per day, week and period, intake against
 * the prescription, seizures against the baseline, ketones, sleep, weight; as data, or written as a workbook with
 * charts, a one-page PDF or JSON.
 */
public final class AdherenceService {
    private final Workspace workspace;

    /** A service looking up off-plan foods in {@code workspace}'s database. */
    public AdherenceService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /**
     * The report of the diary in {@code diary} against the plan in {@code planFile}; a bad diary row fails with its
     * file and line unless {@code lenient} (then the report lists what it skipped).
     */
    public AdherenceReport report(Path planFile, Path diary, AdherenceOptions options, boolean lenient) {
        return Adherence.report(planFile, diary, workspace::foods, options, lenient);
    }

    /**
     * The diary in {@code diary} read against {@code plan} (already read): every row in force, with the rows it
     * skipped; for a caller that shows more of the diary than the report and reads each file once.
     */
    public Diary diary(Plan plan, Path diary) {
        return Diary.read(diary, plan, new Compositions(plan, workspace::foods));
    }

    /** The report of {@code diary} (from {@link #diary(Plan, Path)}) against {@code plan}, as {@link #report}. */
    public AdherenceReport report(Plan plan, Diary diary, AdherenceOptions options, boolean lenient) {
        return Adherence.report(plan, diary, new Compositions(plan, workspace::foods), options, lenient);
    }

    /**
     * Writes {@code report} to {@code out} (.xlsx, .pdf on {@code paper}, or JSON when {@code json}); an existing file
     * only with force.
     */
    public void write(AdherenceReport report, Path out, boolean json, org.ketoplan.export.Paper paper,
                      boolean force) {
        ReportFiles.write(report, out, json, paper, force);
    }

    /**
     * Writes {@code report} to {@code out} as {@link #write(AdherenceReport, Path, boolean,
     * org.ketoplan.export.Paper, boolean)} does; a text report writes the settings it names by {@code label} (the
     * front end's name for a field, e.g. "lenient").
     */
    public void write(AdherenceReport report, Path out, boolean json, org.ketoplan.export.Paper paper,
                      boolean force, java.util.function.UnaryOperator<String> label) {
        ReportFiles.write(report, out, json, paper, force, label);
    }
}
