package org.ketoplan.web;

import java.util.ArrayList;
import java.util.List;
import org.ketoplan.diary.AdherenceReport;

/**
 * The adherence report's charts as SVG shapes (drawn by the template, so every label is escaped): daily adherence
 * and logged %, seizures per day against the baseline, and blood ketones against the target range.
 */
final class Charts {
    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int LEFT = 44;
    static final int RIGHT = 10;
    static final int TOP = 12;
    static final int BOTTOM = 28;
    /** The widest bar: a period of a few days keeps bars, not slabs. */
    static final double MAX_BAR = 40;

    private Charts() {
    }

    static List<Views.Chart> of(AdherenceReport r) {
        List<AdherenceReport.Day> days = r.days();
        List<Views.Chart> charts = new ArrayList<>();
        if (days.isEmpty()) {
            return charts;
        }
        List<Double> adherence = new ArrayList<>();
        List<Double> logged = new ArrayList<>();
        List<Double> seizures = new ArrayList<>();
        List<Double> ketones = new ArrayList<>();
        double maxSeizures = 4; // whole seizures: at least the ticks 0, 1, 2, 3, 4
        double maxKetones = r.ketones().targetHighMmol() + 1;
        for (AdherenceReport.Day d : days) {
            adherence.add(d.adherencePct());
            logged.add(d.loggedPct());
            seizures.add(d.seizures() == null ? null : d.seizures().doubleValue());
            ketones.add(d.ketonesBloodMmol());
            if (d.seizures() != null) {
                maxSeizures = Math.max(maxSeizures, d.seizures());
            }
            if (d.ketonesBloodMmol() != null) {
                maxKetones = Math.max(maxKetones, d.ketonesBloodMmol());
            }
        }
        Double base = r.seizures().baselinePerDay();
        if (base != null) {
            maxSeizures = Math.max(maxSeizures, base);
        }
        List<String> labels = days.stream().map(d -> d.date().toString().substring(5)).toList();
        charts.add(chart("Daily adherence and logged meals (%)", labels, 100, bars(adherence, 100, 0, 1),
                line(logged, 100), dots(logged, 100, 0), null, "bars: adherent meals %; line: logged meals %"));
        List<AdherenceReport.Week> weeks = r.weeks();
        List<Double> weekAdherence = weeks.stream().map(w -> w.summary().adherencePct()).toList();
        List<Double> weekLogged = weeks.stream().map(w -> w.summary().loggedPct()).toList();
        charts.add(chart("Weekly adherence and logged meals (%)", weeks.stream().map(w -> "week " + w.week())
                .toList(), 100, bars(weekAdherence, 100, 0, 1), line(weekLogged, 100), dots(weekLogged, 100, 0), null,
                "bars: adherent meals % of the week's planned meals; line: logged meals %"));
        charts.add(chart("Seizures per day", labels, Math.ceil(maxSeizures), bars(seizures, Math.ceil(maxSeizures),
                0, 1), "", List.of(), base == null ? null : band(base, base, Math.ceil(maxSeizures)), base == null
                ? "no baseline" : "line: baseline " + Views.num(base, 1) + " a day"));
        charts.add(chart("Blood ketones (mmol/L)", labels, Math.ceil(maxKetones), List.of(), line(ketones,
                Math.ceil(maxKetones)), dots(ketones, Math.ceil(maxKetones), 1), band(r.ketones().targetLowMmol(),
                r.ketones().targetHighMmol(),
                Math.ceil(maxKetones)), "shaded: target " + Views.num(r.ketones().targetLowMmol(), 1) + " to "
                + Views.num(r.ketones().targetHighMmol(), 1) + " mmol/L"));
        return charts;
    }

    private static double plotW() {
        return WIDTH - LEFT - RIGHT;
    }

    private static double plotH() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double y(double v, double max) {
        return TOP + plotH() - v / max * plotH();
    }

    private static List<Views.Bar> bars(List<Double> values, double max, int series, int seriesCount) {
        List<Views.Bar> bars = new ArrayList<>();
        double slot = plotW() / values.size();
        double w = Math.min(MAX_BAR, Math.max(1, slot * 0.7 / seriesCount));
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                continue;
            }
            double top = y(v, max);
            double x = LEFT + i * slot + (slot - w * seriesCount) / 2 + series * w;
            bars.add(new Views.Bar(r1(x), r1(top), r1(w),
                    r1(TOP + plotH() - top), Views.num(v, 0)));
        }
        return bars;
    }

    private static String line(List<Double> values, double max) {
        StringBuilder sb = new StringBuilder();
        double slot = plotW() / values.size();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(r1(LEFT + i * slot + slot / 2)).append(',')
                        .append(r1(y(v, max)));
            }
        }
        return sb.toString();
    }

    /** A marker at each value of a line, so that a single reading shows. */
    private static List<Views.Bar> dots(List<Double> values, double max, int decimals) {
        List<Views.Bar> dots = new ArrayList<>();
        double slot = plotW() / values.size();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                dots.add(new Views.Bar(r1(LEFT + i * slot + slot / 2), r1(y(v, max)), 4, 0, Views.num(v, decimals)));
            }
        }
        return dots;
    }

    private static double[] band(double low, double high, double max) {
        return new double[] {r1(y(high, max)), r1(Math.max(1.5, y(low, max) - y(high, max)))};
    }

    private static Views.Chart chart(String title, List<String> labels, double max, List<Views.Bar> bars,
                                     String line, List<Views.Bar> dots, double[] band, String legend) {
        List<Views.Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            ticks.add(new Views.Tick(r1(y(v, max)), Views.num(v, v == Math.rint(v) ? 0 : 1)));
        }
        List<Views.Tick> xs = new ArrayList<>();
        double slot = plotW() / labels.size();
        int every = Math.max(1, (int) Math.ceil(labels.size() / 10.0));
        for (int i = 0; i < labels.size(); i += every) {
            xs.add(new Views.Tick(r1(LEFT + i * slot + slot / 2), labels.get(i)));
        }
        return new Views.Chart(title, WIDTH, HEIGHT, LEFT, TOP, r1(plotW()), r1(plotH()), bars, line == null ? ""
                : line, dots, band == null ? -1 : band[0], band == null ? 0 : band[1], ticks, xs, legend);
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
