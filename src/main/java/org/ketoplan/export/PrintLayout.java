package org.ketoplan.export;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ketoplan.plan.Plan;

/**
 * Page setup shared by every sheet of ketoplan's workbooks: paper size, one page wide, title and header rows
 * repeated on each page, a footer with the patient's name, the dates and "Page n of m".
 */
final class PrintLayout {
    private PrintLayout() {
    }

    static void apply(Sheet sh, Plan plan, Paper paper, boolean landscape, int headerRow) {
        apply(sh, paper, landscape, headerRow, plan.patient().name(),
                plan.start() == null ? "" : plan.start() + " to " + plan.end());
    }

    /**
     * The page setup with {@code left} and {@code center} in the footer; rows 1 to {@code headerRow} + 1 repeat on
     * every page ({@code headerRow} -1: none).
     */
    static void apply(Sheet sh, Paper paper, boolean landscape, int headerRow, String left, String center) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(paper.spreadsheetCode());
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(true);
        sh.setMargin(PageMargin.LEFT, 0.4);
        sh.setMargin(PageMargin.RIGHT, 0.4);
        sh.setMargin(PageMargin.TOP, 0.5);
        sh.setMargin(PageMargin.BOTTOM, 0.6);
        sh.setMargin(PageMargin.FOOTER, 0.25);
        if (headerRow >= 0) {
            sh.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        }
        Footer footer = sh.getFooter();
        footer.setLeft(escape(left));
        footer.setCenter(escape(center));
        footer.setRight("Page &P of &N");
    }

    /** A header/footer text with its ampersands doubled, so "&" prints instead of starting a code. */
    static String escape(String text) {
        return Cells.clean(text).replace("&", "&&").replace('\n', ' ');
    }
}
