package org.ketoplan.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An adherence report laid out for a file: title, summary lines, tables, charts and the definitions. The diary
 * builds it; {@link AdherenceWorkbook} and {@link AdherencePdf} draw it.
 *
 * @param title the title ("Adherence: Test Child, 2026-01-05 to 2026-02-01")
 * @param summary one line per headline figure (the prescription and the period first)
 * @param tables the tables, in order: the weekly table first, the 4-week trends second
 * @param charts the charts: daily ones, then weekly ones
 * @param footer the definitions and cautions
 */
public record AdherenceDocument(String title, List<String> summary, List<Table> tables, List<Chart> charts,
                                List<String> footer) {
    /** Copies the lists. */
    public AdherenceDocument {
        summary = List.copyOf(summary);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        footer = List.copyOf(footer);
    }

    /** How a column's numbers are shown: in the workbook as a number format, in the PDF as text. */
    public enum Format {
        /** Text as it is. */
        TEXT("@"),
        /** yyyy-mm-dd. */
        DATE("yyyy-mm-dd"),
        /** A whole number: 28. */
        INTEGER("0"),
        /** One decimal: 64.3. */
        DECIMAL_1("0.0"),
        /** Two decimals: 2.86. */
        DECIMAL_2("0.00"),
        /** A signed change with one decimal: +5.0, -52.4. */
        SIGNED_1("+0.0;-0.0;0.0"),
        /** A signed change with two decimals: +0.10. */
        SIGNED_2("+0.00;-0.00;0.00");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }

        /** The spreadsheet number format. */
        public String pattern() {
            return pattern;
        }

        /** {@code v} as the PDF shows it ("-" for a blank). */
        public String text(Object v) {
            if (v == null) {
                return "-";
            }
            if (!(v instanceof Number n)) {
                return v.toString();
            }
            double d = n.doubleValue();
            return switch (this) {
                case INTEGER -> String.format(java.util.Locale.ROOT, "%.0f", d);
                case DECIMAL_1 -> String.format(java.util.Locale.ROOT, "%.1f", d);
                case DECIMAL_2 -> String.format(java.util.Locale.ROOT, "%.2f", d);
                case SIGNED_1 -> String.format(java.util.Locale.ROOT, "%+.1f", d);
                case SIGNED_2 -> String.format(java.util.Locale.ROOT, "%+.2f", d);
                default -> v.toString();
            };
        }
    }

    /**
     * A column of a table.
     *
     * @param title its title
     * @param format how its values are shown
     */
    public record Column(String title, Format format) {
    }

    /**
     * A table; a cell is a {@link Number}, a {@link String}, a {@link java.time.LocalDate} or null (blank).
     *
     * @param name the sheet name
     * @param columns the columns
     * @param rows the rows
     */
    public record Table(String name, List<Column> columns, List<List<Object>> rows) {
        /** Copies the lists (rows may hold nulls). */
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }

        /** The column titled {@code title}, or -1. */
        public int column(String title) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).title().equals(title)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * A line chart over categories (days or weeks) with a left and an optional right value axis.
     *
     * @param title the chart's title
     * @param categories the x labels ("01-05", "Week 1")
     * @param left the left axis
     * @param right the right axis, or null
     * @param series the lines
     * @param levels dashed reference levels (a baseline, an action level)
     * @param description what the chart shows, in words (the PDF's alternative text)
     */
    public record Chart(String title, List<String> categories, Axis left, Axis right, List<Series> series,
                        List<Level> levels, String description) {
        /** Copies the lists. */
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            levels = List.copyOf(levels);
        }
    }

    /**
     * A value axis from 0.
     *
     * @param title its title
     * @param max its top, or null for a round number above every value
     */
    public record Axis(String title, Double max) {
    }

    /**
     * One line of a chart.
     *
     * @param name the legend label
     * @param values one per category; null leaves a gap (nothing recorded), never 0
     * @param right on the right axis
     */
    public record Series(String name, List<Double> values, boolean right) {
        /** Copies the values (they may hold nulls). */
        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * A dashed level across a chart.
     *
     * @param name the legend label
     * @param value the level
     * @param right on the right axis
     */
    public record Level(String name, double value, boolean right) {
    }
}
