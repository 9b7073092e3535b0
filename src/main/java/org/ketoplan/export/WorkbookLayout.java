package org.ketoplan.export;

import java.util.List;
import org.ketoplan.nutrition.CarbConvention;

/**
 * Where things are in the plan workbook: the one description both the writer ({@link PlanWorkbook}) and the reader of
 * a workbook a parent filled in ({@link FilledWorkbook}, behind {@code ketoplan diary import}) use.
 *
 * <h2>Plan sheets</h2>
 * Row 1 a title, row 2 the header ({@link #HEADER_ROW}), then a row per food per meal, a meal's totals row after its
 * foods, a day's totals row after its meals and an empty row between days. The columns, in order, are
 * {@link PlanColumn}: a food row has its date, meal, food id and planned weight, and an empty "Eaten (g)" for what
 * the child ate; totals rows have no food id. The reader finds the columns by their titles (any order, others
 * between) and takes rows with a food id and an "Eaten (g)".
 *
 * <h2>The diary sheet ({@value #DIARY_SHEET})</h2>
 * Row 1 a title, row 2 the header {@code Date, Entry}, then a block per plan day: a heading row (the day's name),
 * and per kind of entry ({@link DiaryEntry}) a row of column titles and its rows to fill in ({@link DiaryEntry#rows()}
 * of them), each with the date in column A and the entry's name in column B. The reader takes every row whose
 * column B names an entry and whose input cells are not all empty.
 */
public final class WorkbookLayout {
    /** The row (0-based) of a plan sheet's header; row 0 holds the title. */
    public static final int HEADER_ROW = 1;
    /** The diary sheet's name. */
    public static final String DIARY_SHEET = "Diary";
    /** The diary sheet's header titles of columns A and B. */
    public static final List<String> DIARY_HEADER = List.of("Date", "Entry");

    private WorkbookLayout() {
    }

    /** The columns of a plan sheet, in order; {@link #index()} is the 0-based column. */
    public enum PlanColumn {
        /** The day (a date cell, yyyy-mm-dd). */
        DATE("Date", 11),
        /** The meal's slot name. */
        MEAL("Meal", 11),
        /** The meal's time. */
        TIME("Time", 6),
        /** The recipe. */
        RECIPE("Recipe", 30),
        /** The food's id; empty on totals rows. */
        FOOD_ID("Food id", 15),
        /** The food's descriptive name. */
        FOOD("Food", 46),
        /** The weight to give (an input). */
        PLANNED("Planned (g)", 9),
        /** What the child ate, for the parent (an input). */
        EATEN("Eaten (g)", 9),
        /** g or ml. */
        UNIT("Unit", 5),
        /** Fat of the planned weight. */
        FAT("Fat (g)", 8),
        /** Protein of the planned weight. */
        PROTEIN("Protein (g)", 8),
        /** Carbohydrate (net or total) of the planned weight. */
        CARB("Net carb (g)", 8),
        /** kcal of the planned weight. */
        KCAL("kcal", 8),
        /** The meal's or day's ratio. */
        RATIO("Ratio", 8),
        /** The meal's or day's energy target. */
        TARGET_KCAL("Target kcal", 8),
        /** The meal's or day's ratio target (of the food). */
        TARGET_RATIO("Target ratio", 10),
        /** In or out of band. */
        CHECK("Check", 12),
        /** kcal of what was eaten. */
        EATEN_KCAL("Eaten kcal", 8),
        /** The ratio of what was eaten (totals rows). */
        EATEN_RATIO("Eaten ratio", 9),
        /** Fat of what was eaten (hidden: the eaten kcal and ratio are made of it). */
        EATEN_FAT("Eaten fat (g)", 8),
        /** Protein of what was eaten (hidden). */
        EATEN_PROTEIN("Eaten protein (g)", 8),
        /** Carbohydrate of what was eaten (hidden). */
        EATEN_CARB("Eaten carb (g)", 8);

        private final String title;
        private final int width;

        PlanColumn(String title, int width) {
            this.title = title;
            this.width = width;
        }

        /** The 0-based column. */
        public int index() {
            return ordinal();
        }

        /** The header title ("Carb (g)" for total carbohydrate). */
        public String title(CarbConvention c) {
            return this == CARB && c != CarbConvention.NET ? "Carb (g)" : title;
        }

        /** The header title under net carbohydrate. */
        public String title() {
            return title;
        }

        /** The column's width in characters. */
        public int width() {
            return width;
        }

        /** True for the helper columns that are hidden. */
        public boolean hidden() {
            return this == EATEN_FAT || this == EATEN_PROTEIN || this == EATEN_CARB;
        }
    }

    /**
     * The kinds of entry of the diary sheet, each with its input columns (from column C) and how many rows a day
     * gets.
     */
    public enum DiaryEntry {
        /**
         * The day's figures: one row ("Seizures counted" for a family that only counts, a cluster of spasms as one;
         * 0 for a seizure-free day).
         */
        DAY("Day", 1, List.of("Seizures counted", "Sleep (h)", "Ill (yes/no)",
                "Stress (0-3)", "Urine ketones", "Weight (kg)", "Note")),
        /** A cluster of spasms or another seizure: a row each. */
        SEIZURE("Seizure", 12, List.of("Time (HH:MM)", "Type (spasms/other)", "Spasms", "Minutes",
                "Rescue medicine", "", "Note")),
        /** A blood reading: a row each. */
        READING("Reading", 6, List.of("Time (HH:MM)", "Ketones (mmol/L)", "Glucose (mmol/L)", "", "", "", "Note"));

        /** The first input column (C). */
        public static final int FIRST = 2;
        private final String word;
        private final int rows;
        private final List<String> columns;

        DiaryEntry(String word, int rows, List<String> columns) {
            this.word = word;
            this.rows = rows;
            this.columns = columns;
        }

        /** The entry's name in column B. */
        public String word() {
            return word;
        }

        /** The rows a day gets. */
        public int rows() {
            return rows;
        }

        /** The input columns' titles, from column C ("" for a column the entry does not use). */
        public List<String> columns() {
            return columns;
        }

        /** The 0-based column of the input titled {@code title}. */
        public int column(String title) {
            int i = columns.indexOf(title);
            if (i < 0) {
                throw new IllegalArgumentException(word + " has no column " + title);
            }
            return FIRST + i;
        }

        /** The entry named {@code text} in column B, or null. */
        public static DiaryEntry of(String text) {
            for (DiaryEntry e : values()) {
                if (e.word.equalsIgnoreCase(text.trim())) {
                    return e;
                }
            }
            return null;
        }
    }

    /** How many columns the diary sheet uses (A, B and the inputs). */
    public static int diaryColumns() {
        return DiaryEntry.FIRST + DiaryEntry.DAY.columns().size();
    }
}
