package org.ketoplan.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * Writes an {@link AdherenceDocument} as a workbook: a Summary sheet with the headline figures, the weekly chart
 * (adherence % on the left axis, seizures per day and the baseline on the right, drawn with POI's XDDF chart API
 * from the chart data beside it), one sheet per table and a Definitions sheet.
 */
public final class AdherenceWorkbook {
    private AdherenceWorkbook() {
    }

    /** Writes {@code doc} to {@code file} atomically; an existing file is replaced only with {@code force}. */
    public static void write(Path file, AdherenceDocument doc, boolean force) {
        AtomicFiles.write(file, force, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles st = new Styles(wb);
                summary(wb, st, doc);
                for (AdherenceDocument.Table t : doc.tables()) {
                    table(wb, st, t);
                }
                XSSFSheet defs = wb.createSheet("Definitions");
                for (int i = 0; i < doc.footer().size(); i++) {
                    defs.createRow(i).createCell(0).setCellValue(Cells.clean(doc.footer().get(i)));
                }
                defs.setColumnWidth(0, 160 * 256);
                wb.write(out);
            }
        });
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle number;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font f = wb.createFont();
            f.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(f);
            number = wb.createCellStyle();
            number.setDataFormat(wb.createDataFormat().getFormat("0.0##"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    private static void summary(XSSFWorkbook wb, Styles st, AdherenceDocument doc) {
        XSSFSheet s = wb.createSheet("Summary");
        XSSFCell title = s.createRow(0).createCell(0);
        title.setCellValue(Cells.clean(doc.title()));
        title.setCellStyle(st.bold);
        int r = 2;
        for (String line : doc.summary()) {
            s.createRow(r++).createCell(0).setCellValue(Cells.clean(line));
        }
        AdherenceDocument.Chart c = doc.chart();
        int header = r + 1;
        Row h = s.createRow(header);
        String[] titles = {"Week", c.left().name(), c.right().name(), c.rightReferenceName()};
        for (int i = 0; i < titles.length; i++) {
            h.createCell(i).setCellValue(titles[i]);
            h.getCell(i).setCellStyle(st.bold);
        }
        int n = c.categories().size();
        for (int i = 0; i < n; i++) {
            Row row = s.createRow(header + 1 + i);
            row.createCell(0).setCellValue(c.categories().get(i));
            cell(row, 1, c.left().values().get(i), st);
            cell(row, 2, c.right().values().get(i), st);
            cell(row, 3, c.rightReference(), st);
        }
        for (int i = 0; i < 4; i++) {
            s.setColumnWidth(i, 18 * 256);
        }
        if (n > 0) {
            chart(s, c, header, n, header + n + 2);
        }
        s.setFitToPage(true);
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 1);
    }

    private static void chart(XSSFSheet s, AdherenceDocument.Chart c, int header, int n, int top) {
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 9, top + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis weeks = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(c.left().axisTitle());
        left.setMinimum(0);
        left.setMaximum(100);
        left.setMajorUnit(20);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        left.crossAxis(weeks);
        weeks.crossAxis(left);
        CellRangeAddress catRange = new CellRangeAddress(header + 1, header + n, 0, 0);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, catRange);
        XDDFLineChartData adherence = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeks, left);
        series(adherence, s, cats, header, n, 1, PresetColor.ROYAL_BLUE, null);
        chart.plot(adherence);

        XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
        hidden.setVisible(false);
        XDDFValueAxis right = chart.createValueAxis(AxisPosition.RIGHT);
        right.setTitle(c.right().axisTitle());
        right.setMinimum(0);
        right.setCrosses(AxisCrosses.MAX);
        right.setCrossBetween(AxisCrossBetween.BETWEEN);
        hidden.crossAxis(right);
        right.crossAxis(hidden);
        XDDFLineChartData seizures = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, right);
        series(seizures, s, cats, header, n, 2, PresetColor.FIREBRICK, null);
        if (c.rightReference() != null) {
            series(seizures, s, cats, header, n, 3, PresetColor.GRAY, PresetLineDash.DASH);
        }
        chart.plot(seizures);
    }

    private static void series(XDDFLineChartData data, XSSFSheet s, XDDFDataSource<String> cats, int header, int n,
                               int col, PresetColor color, PresetLineDash dash) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(s,
                new CellRangeAddress(header + 1, header + n, col, col));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(cats, values);
        series.setTitle(s.getRow(header).getCell(col).getStringCellValue(),
                new CellReference(s.getSheetName(), header, col, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(dash == null ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(2.25);
        if (dash != null) {
            line.setPresetDash(new XDDFPresetLineDash(dash));
        }
        series.setLineProperties(line);
    }

    private static void table(XSSFWorkbook wb, Styles st, AdherenceDocument.Table t) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
        Row h = s.createRow(0);
        for (int i = 0; i < t.headers().size(); i++) {
            h.createCell(i).setCellValue(t.headers().get(i));
            h.getCell(i).setCellStyle(st.bold);
            s.setColumnWidth(i, Math.max(10, Math.min(60, t.headers().get(i).length() + 2)) * 256);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = s.createRow(r + 1);
            List<Object> cells = t.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                cell(row, i, cells.get(i), st);
            }
        }
        s.createFreezePane(0, 1);
    }

    private static void cell(Row row, int col, Object v, Styles st) {
        if (v == null) {
            return;
        }
        XSSFCell c = (XSSFCell) row.createCell(col);
        if (v instanceof Number num) {
            c.setCellValue(num.doubleValue());
            c.setCellStyle(st.number);
        } else if (v instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(st.date);
        } else {
            c.setCellValue(Cells.clean(v.toString()));
        }
    }
}
