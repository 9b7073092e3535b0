package org.ketoplan.export;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.PrintSetup;

/** The paper a sheet is printed on: ISO A4 (210 x 297 mm) or US Letter (8.5 x 11 in). */
public enum Paper {
    /** ISO 216 A4. */
    A4,
    /** US Letter. */
    LETTER;

    /** The page size in PDF points (1/72 in). */
    PDRectangle pdfSize() {
        return this == A4 ? PDRectangle.A4 : PDRectangle.LETTER;
    }

    /** The paper size code of a spreadsheet's page setup. */
    short spreadsheetCode() {
        return this == A4 ? PrintSetup.A4_PAPERSIZE : PrintSetup.LETTER_PAPERSIZE;
    }
}
