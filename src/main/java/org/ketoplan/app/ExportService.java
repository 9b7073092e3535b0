package org.ketoplan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.ketoplan.common.Progress;
import org.ketoplan.export.DaySheets;
import org.ketoplan.export.FlatExport;
import org.ketoplan.export.Paper;
import org.ketoplan.export.PlanSource;
import org.ketoplan.export.PlanWorkbook;
import org.ketoplan.export.Reminders;
import org.ketoplan.plan.PlanDay;

/**
 * A plan of record made into what people use: the dietitian's workbook, a flat CSV or JSON of every food of every
 * meal, printable day sheets, and calendar reminders. Each write is atomic and replaces a file only with force.
 */
public final class ExportService {
    private final Workspace workspace;

    /** A service that looks up household measures in {@code workspace}'s foods. */
    public ExportService(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** The plan in {@code file} (the food database loads only when an export needs it). */
    public PlanSource read(Path file) {
        return PlanSource.read(file, workspace::foods);
    }

    /** Writes the dietitian's workbook of {@code source}'s plan to {@code out}, each day to {@code progress}. */
    public PlanWorkbook.Summary workbook(PlanSource source, Paper paper, Path out, boolean force, Progress progress) {
        return PlanWorkbook.write(source.plan(), paper, source::database, out, force, progress);
    }

    /** Writes one CSV row per food per meal to {@code out}; returns the rows. */
    public int csv(PlanSource source, Path out, boolean force) {
        return FlatExport.csv(source.plan(), out, force);
    }

    /** Writes one JSON object per food per meal to {@code out}; returns the rows. */
    public int json(PlanSource source, Path out, boolean force) {
        return FlatExport.json(source.plan(), out, force);
    }

    /**
     * The days to print: one day, or from one day to another (each null: the plan's first or last), checked against
     * the plan.
     */
    public List<PlanDay> days(PlanSource source, LocalDate day, LocalDate from, LocalDate to) {
        return source.days(day, from, to);
    }

    /** Writes the day sheets of {@code days} to {@code out} (PDF); returns the pages. */
    public int daySheets(PlanSource source, List<PlanDay> days, Paper paper, Path out, boolean force,
                         Progress progress) {
        return DaySheets.write(source.plan(), days, paper, out, force, progress);
    }

    /** The time zone for reminders: {@code asked} (an IANA name, or null for the plan's or the computer's). */
    public ZoneId zone(PlanSource source, String asked) {
        return Reminders.zone(asked, source.plan(), source.file().toString());
    }

    /** Writes the meals' and medicines' reminders to {@code out} (iCalendar), alarms {@code alarm} minutes before. */
    public Reminders.Summary reminders(PlanSource source, ZoneId zone, int alarmMinutes, Path out, boolean force) {
        if (alarmMinutes < 0 || alarmMinutes > 24 * 60) {
            throw InvalidRequest.of("alarm", alarmMinutes, "must be from 0 to 1440 minutes, not " + alarmMinutes);
        }
        source.days(null, null, null); // a plan without days has nothing to remind of
        return Reminders.write(source.plan(), zone, alarmMinutes, out, force);
    }
}
