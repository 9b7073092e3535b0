package org.ketoplan.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ketoplan.common.AtomicFiles;

/**
 * Writes an {@link AdherenceDocument} as a workbook: a Summary sheet with the headline figures and the charts
 * (drawn with POI's XDDF chart API from the "Chart data" sheet; a day or week without a record is an empty cell and
 * the charts show it as a gap, never as 0), one sheet per table with each column's number format, the chart data and
 * the definitions. Every sheet is set up to print: the paper, one page wide, its header row repeated, a footer with
 * the title and "Page n of m".
 */
public final class AdherenceWorkbook {
    private static final PresetColor[] COLORS = {PresetColor.ROYAL_BLUE, PresetColor.FIREBRICK,
        PresetColor.DARK_GREEN, PresetColor.DARK_ORANGE};
    /** Rows and columns a chart takes on the Summary sheet. */
    private static final int CHART_ROWS = 20;
    private static final int CHART_COLUMNS = 8;
    /** The sheet the charts read their values from. */
    static final String CHART_DATA = "Chart data";

    private AdherenceWorkbook() {
    }

    /** Writes {@code doc} on {@code paper} to {@code file} atomically; replaces a file only with {@code force}. */
    public static void write(Path file, AdherenceDocument doc, Paper paper, boolean force) {
        AtomicFiles.write(file, force, out -> {
            try (XSSFWorkbook wb = build(doc, paper)) {
                wb.write(out);
            }
        });
    }

    /** The workbook of {@code doc}, in memory (the tests read it). */
    static XSSFWorkbook build(AdherenceDocument doc, Paper paper) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        XSSFSheet summary = wb.createSheet("Summary");
        for (AdherenceDocument.Table t : doc.tables()) {
            table(wb, st, t, paper, doc.title());
        }
        XSSFSheet data = wb.createSheet(CHART_DATA);
        summary(summary, st, doc, data, paper);
        PrintLayout.apply(data, paper, true, 0, doc.title(), "chart data");
        XSSFSheet defs = wb.createSheet("Definitions");
        Cells.text(defs.createRow(0), 0, "Definitions", st.bold);
        for (int i = 0; i < doc.footer().size(); i++) {
            Cells.text(defs.createRow(i + 1), 0, doc.footer().get(i), st.wrap);
        }
        defs.setColumnWidth(0, 120 * 256);
        PrintLayout.apply(defs, paper, false, 0, doc.title(), "definitions");
        return wb;
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle header;
        final CellStyle wrap;
        final Map<AdherenceDocument.Format, CellStyle> formats = new EnumMap<>(AdherenceDocument.Format.class);

        Styles(XSSFWorkbook wb) {
            Font f = wb.createFont();
            f.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(f);
            header = wb.createCellStyle();
            header.setFont(f);
            header.setWrapText(true);
            header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            for (AdherenceDocument.Format format : AdherenceDocument.Format.values()) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(format.pattern()));
                if (format == AdherenceDocument.Format.TEXT) {
                    s.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
                }
                formats.put(format, s);
            }
        }
    }

    private static void summary(XSSFSheet s, Styles st, AdherenceDocument doc, XSSFSheet data, Paper paper) {
        Cells.text(s.createRow(0), 0, doc.title(), st.bold);
        int r = 2;
        for (String line : doc.summary()) {
            Row row = s.createRow(r++);
            row.setHeightInPoints(30);
            Cells.text(row, 0, line, st.wrap);
            s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, CHART_COLUMNS * 2 - 1));
        }
        for (int i = 0; i < CHART_COLUMNS * 2; i++) {
            s.setColumnWidth(i, 12 * 256);
        }
        int top = r + 1;
        int dataRow = 0;
        for (int i = 0; i < doc.charts().size(); i++) {
            AdherenceDocument.Chart c = doc.charts().get(i);
            int block = dataRow;
            dataRow = chartData(data, st, c, block) + 2;
            int col = (i % 2) * CHART_COLUMNS;
            int chartTop = top + (i / 2) * (CHART_ROWS + 1);
            chart(s, data, c, block, chartTop, col);
        }
        PrintLayout.apply(s, paper, true, -1, doc.title(), "summary and charts");
    }

    /** Writes the chart's categories, series and levels as a block from {@code first}; returns its last row. */
    private static int chartData(XSSFSheet data, Styles st, AdherenceDocument.Chart c, int first) {
        Row h = data.createRow(first);
        Cells.text(h, 0, c.title(), st.bold);
        int col = 1;
        for (AdherenceDocument.Series sr : c.series()) {
            Cells.text(h, col++, sr.name(), st.bold);
        }
        for (AdherenceDocument.Level l : c.levels()) {
            Cells.text(h, col++, l.name(), st.bold);
        }
        for (int i = 0; i < c.categories().size(); i++) {
            Row row = data.createRow(first + 1 + i);
            Cells.text(row, 0, c.categories().get(i), st.formats.get(AdherenceDocument.Format.TEXT));
            int k = 1;
            for (AdherenceDocument.Series sr : c.series()) {
                Double v = sr.values().get(i);
                if (v != null) { // nothing recorded: an empty cell, drawn as a gap
                    Cells.number(row, k, v, st.formats.get(AdherenceDocument.Format.DECIMAL_2));
                }
                k++;
            }
            for (AdherenceDocument.Level l : c.levels()) {
                Cells.number(row, k++, l.value(), st.formats.get(AdherenceDocument.Format.DECIMAL_2));
            }
        }
        // the first column holds each block's chart title above its dates
        data.setColumnWidth(0, 36 * 256);
        for (int i = 1; i <= c.series().size() + c.levels().size(); i++) {
            data.setColumnWidth(i, 18 * 256);
        }
        return first + c.categories().size();
    }

    private static void chart(XSSFSheet s, XSSFSheet data, AdherenceDocument.Chart c, int block, int top, int left) {
        int n = c.categories().size();
        if (n == 0) {
            return;
        }
        XSSFDrawing drawing = s.getDrawingPatriarch() != null ? s.getDrawingPatriarch() : s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + CHART_COLUMNS, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data,
                new CellRangeAddress(block + 1, block + n, 0, 0));

        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis leftAxis = axis(chart, c.left(), AxisPosition.LEFT);
        leftAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        leftAxis.crossAxis(bottom);
        bottom.crossAxis(leftAxis);
        XDDFLineChartData leftData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, leftAxis);
        XDDFLineChartData rightData = null;
        if (c.right() != null) {
            XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
            hidden.setVisible(false);
            XDDFValueAxis rightAxis = axis(chart, c.right(), AxisPosition.RIGHT);
            rightAxis.setCrosses(AxisCrosses.MAX);
            hidden.crossAxis(rightAxis);
            rightAxis.crossAxis(hidden);
            rightData = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, rightAxis);
        }
        int col = 1;
        int colour = 0;
        for (AdherenceDocument.Series sr : c.series()) {
            series(sr.right() && rightData != null ? rightData : leftData, data, cats, block, n, col++,
                    COLORS[colour++ % COLORS.length], null);
        }
        for (AdherenceDocument.Level l : c.levels()) {
            series(l.right() && rightData != null ? rightData : leftData, data, cats, block, n, col++,
                    PresetColor.GRAY, PresetLineDash.DASH);
        }
        chart.plot(leftData);
        if (rightData != null) {
            chart.plot(rightData);
        }
        // the axes' own number format, not the data cells' two decimals
        for (var axis : chart.getCTChart().getPlotArea().getValAxList()) {
            if (axis.isSetNumFmt()) {
                axis.getNumFmt().setSourceLinked(false);
            }
        }
    }

    private static XDDFValueAxis axis(XSSFChart chart, AdherenceDocument.Axis a, AxisPosition position) {
        XDDFValueAxis axis = chart.createValueAxis(position);
        axis.setTitle(a.title());
        axis.setMinimum(0);
        if (a.max() != null) {
            axis.setMaximum(a.max());
            axis.setMajorUnit(a.max() / 5);
        }
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        axis.setNumberFormat("General");
        return axis;
    }

    private static void series(XDDFLineChartData chartData, XSSFSheet data, XDDFDataSource<String> cats, int block,
                               int n, int col, PresetColor color, PresetLineDash dash) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(data,
                new CellRangeAddress(block + 1, block + n, col, col));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) chartData.addSeries(cats, values);
        series.setTitle(data.getRow(block).getCell(col).getStringCellValue(),
                new CellReference(data.getSheetName(), block, col, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(dash == null ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(dash == null ? 2.0 : 1.25);
        if (dash != null) {
            line.setPresetDash(new XDDFPresetLineDash(dash));
        }
        series.setLineProperties(line);
    }

    private static void table(XSSFWorkbook wb, Styles st, AdherenceDocument.Table t, Paper paper, String title) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
        Row h = s.createRow(0);
        h.setHeightInPoints(t.columns().size() == 1 ? 15 : 45);
        for (int i = 0; i < t.columns().size(); i++) {
            AdherenceDocument.Column c = t.columns().get(i);
            Cells.text(h, i, c.title(), st.header);
            int width = t.columns().size() == 1 ? 120 : c.format() == AdherenceDocument.Format.TEXT
                    ? Math.max(10, Math.min(40, widest(t, i) + 2)) : c.format() == AdherenceDocument.Format.DATE ? 11
                    : 10;
            s.setColumnWidth(i, width * 256);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = s.createRow(r + 1);
            List<Object> cells = t.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                cell(row, i, cells.get(i), st.formats.get(t.columns().get(i).format()));
            }
        }
        s.createFreezePane(1, 1);
        PrintLayout.apply(s, paper, t.columns().size() > 6, 0, title, t.name());
        if (t.columns().size() > 16) {
            // two pages wide, the first column on both, rather than one page of unreadably small type
            s.getPrintSetup().setFitWidth((short) 2);
            s.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
    }

    private static int widest(AdherenceDocument.Table t, int col) {
        int w = 0;
        for (List<Object> r : t.rows()) {
            Object v = r.get(col);
            w = Math.max(w, v == null ? 0 : v.toString().length());
        }
        return w;
    }

    private static void cell(Row row, int col, Object v, CellStyle style) {
        if (v == null) {
            return;
        }
        XSSFCell c = (XSSFCell) row.createCell(col);
        if (v instanceof Number num) {
            c.setCellValue(num.doubleValue());
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
        } else {
            c.setCellValue(Cells.clean(v.toString()));
        }
        c.setCellStyle(style);
    }
}
