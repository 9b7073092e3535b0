package org.ketoplan.export;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.ketoplan.plan.Plan;
import org.ketoplan.plan.PlanDay;

/**
 * The diary sheet of the plan workbook ({@link WorkbookLayout#DIARY_SHEET}): per plan day, the day's figures, a row
 * per seizure (a cluster of spasms or another seizure) and a row per blood reading, in yellow cells a parent fills in
 * (on screen or on paper); {@code ketoplan diary import} reads them back into days.csv, seizures.csv and
 * readings.csv. The layout is {@link WorkbookLayout.DiaryEntry}'s.
 */
final class DiarySheet {
    private static final int[] WIDTHS = {11, 10, 17, 19, 16, 12, 24, 11, 34};

    private DiarySheet() {
    }

    static void write(Workbook wb, WorkbookStyles st, Plan plan, Paper paper) {
        Sheet sh = wb.createSheet(WorkbookLayout.DIARY_SHEET);
        for (int i = 0; i < WIDTHS.length; i++) {
            sh.setColumnWidth(i, WIDTHS[i] * 256);
        }
        Cells.text(sh.createRow(0), 0, plan.patient().name() + " - diary: the day, each seizure (a cluster of "
                + "spasms is one row) and each blood reading; fill in the yellow cells, then 'ketoplan diary import'",
                st.title);
        Row h = sh.createRow(1);
        Cells.text(h, 0, WorkbookLayout.DIARY_HEADER.get(0), st.header);
        Cells.text(h, 1, WorkbookLayout.DIARY_HEADER.get(1), st.header);
        for (int i = 2; i < WorkbookLayout.diaryColumns(); i++) {
            Cells.blank(h, i, st.header);
        }
        CellRangeAddressList types = new CellRangeAddressList();
        CellRangeAddressList ill = new CellRangeAddressList();
        CellRangeAddressList stress = new CellRangeAddressList();
        int r = 2;
        for (PlanDay day : plan.days()) {
            Row heading = sh.createRow(r++);
            Cells.date(heading, 0, day.date(), st.day.date());
            Cells.text(heading, 1, day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + day.date().getDayOfMonth() + " " + day.date().getMonth().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH), st.day.text());
            for (int i = 2; i < WorkbookLayout.diaryColumns(); i++) {
                Cells.blank(heading, i, st.day.text());
            }
            for (WorkbookLayout.DiaryEntry e : WorkbookLayout.DiaryEntry.values()) {
                Row titles = sh.createRow(r++);
                Cells.blank(titles, 0, st.total.text());
                // "Seizures:" over its rows: not an entry's name, so the reader never takes the titles for a row
                Cells.text(titles, 1, e.word() + (e.rows() > 1 ? "s" : "") + ":", st.total.text());
                List<String> cols = e.columns();
                for (int i = 0; i < cols.size(); i++) {
                    Cells.text(titles, WorkbookLayout.DiaryEntry.FIRST + i, cols.get(i), st.total.text());
                }
                int first = r;
                for (int k = 0; k < e.rows(); k++) {
                    Row row = sh.createRow(r++);
                    Cells.date(row, 0, day.date(), st.dateRepeat);
                    Cells.text(row, 1, e.word(), st.textRepeat);
                    for (int i = 0; i < cols.size(); i++) {
                        String t = cols.get(i);
                        if (!t.isEmpty()) {
                            Cells.blank(row, WorkbookLayout.DiaryEntry.FIRST + i, style(st, t));
                        }
                    }
                }
                int last = r - 1;
                if (e == WorkbookLayout.DiaryEntry.SEIZURE) {
                    int c = e.column("Type (spasms/other)");
                    types.addCellRangeAddress(first, c, last, c);
                } else if (e == WorkbookLayout.DiaryEntry.DAY) {
                    ill.addCellRangeAddress(first, e.column("Ill (yes/no)"), last, e.column("Ill (yes/no)"));
                    stress.addCellRangeAddress(first, e.column("Stress (0-3)"), last, e.column("Stress (0-3)"));
                }
            }
            r++; // a blank row between days
        }
        if (!plan.days().isEmpty()) {
            DataValidationHelper v = sh.getDataValidationHelper();
            list(sh, v, types, "spasms", "other");
            list(sh, v, ill, "yes", "no");
            list(sh, v, stress, "0", "1", "2", "3");
        }
        PrintLayout.apply(sh, plan, paper, false, 1);
        sh.createFreezePane(0, 2);
        sh.setAutobreaks(true);
        if (r > 2) {
            sh.setAutoFilter(new CellRangeAddress(1, r - 1, 0, 1));
        }
    }

    /** Times in hh:mm, notes and names as text, numbers as typed. */
    private static CellStyle style(WorkbookStyles st, String title) {
        if (title.startsWith("Time")) {
            return st.inputTime;
        }
        return st.inputGeneral;
    }

    /** A drop-down of {@code values} on {@code cells} (anything else typed is refused by the spreadsheet). */
    private static void list(Sheet sh, DataValidationHelper v, CellRangeAddressList cells, String... values) {
        DataValidation d = v.createValidation(v.createExplicitListConstraint(values), cells);
        d.setShowErrorBox(true);
        d.setSuppressDropDownArrow(true);
        sh.addValidationData(d);
    }
}
