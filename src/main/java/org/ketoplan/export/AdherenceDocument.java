package org.ketoplan.export;

import java.util.List;

/**
 * An adherence report laid out for a file: title, summary lines, tables, one chart and the definitions. The
 * diary builds it; {@link AdherenceWorkbook} and {@link AdherencePdf} draw it.
 *
 * @param title the title ("Adherence: Test Child, 2026-01-05 to 2026-02-01")
 * @param summary one line per headline figure
 * @param tables the tables, in order (the first is the weekly table the chart is drawn from)
 * @param chart the weekly chart
 * @param footer the definitions and cautions
 */
public record AdherenceDocument(String title, List<String> summary, List<Table> tables, Chart chart,
                                List<String> footer) {
    /** Copies the lists. */
    public AdherenceDocument {
        summary = List.copyOf(summary);
        tables = List.copyOf(tables);
        footer = List.copyOf(footer);
    }

    /**
     * A table; a cell is a {@link Number}, a {@link String}, a {@link java.time.LocalDate} or null (blank).
     *
     * @param name the sheet name
     * @param headers the column titles
     * @param rows the rows
     */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
        /** Copies the lists (rows may hold nulls). */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    /**
     * A line chart over categories with a left and a right value axis.
     *
     * @param title the chart's title
     * @param categories the x labels ("Week 1")
     * @param left the series on the left axis (0-100 %)
     * @param right the series on the right axis
     * @param rightReference a dashed level on the right axis (the baseline), or null
     * @param rightReferenceName its legend label
     */
    public record Chart(String title, List<String> categories, Series left, Series right, Double rightReference,
                        String rightReferenceName) {
        /** Copies the categories. */
        public Chart {
            categories = List.copyOf(categories);
        }
    }

    /**
     * One line of a chart.
     *
     * @param name the legend label
     * @param axisTitle the axis title
     * @param values one per category; null leaves a gap
     */
    public record Series(String name, String axisTitle, List<Double> values) {
        /** Copies the values (they may hold nulls). */
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
