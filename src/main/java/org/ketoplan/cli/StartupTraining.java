package org.ketoplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the commands a dietitian and a parent type most, once each, in one JVM, so that the JVM can record which
 * classes they load (the class list behind the start-up archive, see {@link StartupArchive}). The commands are
 * the README's: food search and show, ratio, meal, formula, init and prescribe, recipes, a week's plan and its
 * check, the workbook, CSV, day sheets and reminders, a diary and its adherence reports, the help. Their output
 * is thrown away; every file goes to the folder given.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** {@code StartupTraining DIR}: runs the training commands with files in DIR; exits 1 if one failed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining DIR");
            System.exit(2);
        }
        List<String> failed = run(Path.of(args[0]));
        failed.forEach(f -> System.err.println("training command failed: " + f));
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    /** Runs every training command with its files in {@code dir}; returns the ones that did not exit 0. */
    public static List<String> run(Path dir) throws IOException {
        Files.createDirectories(dir);
        String d = dir.toString() + java.io.File.separator;
        List<String[]> commands = List.of(
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"food", "search", "heavy", "cream", "--limit", "3"},
                new String[] {"food", "show", "01053"},
                new String[] {"ratio", "--fat", "100", "--protein", "15", "--carb", "10"},
                new String[] {"meal", "--kcal", "500", "--ratio", "4:1", "--protein", "10", "--food", "01053",
                    "--food", "01001", "--food", "05064", "--food", "11090"},
                new String[] {"meal", "--kcal", "500", "--ratio", "4:1", "--food", "01053", "--food", "01001",
                    "--food", "05064", "--food", "11090", "--format", "json"},
                new String[] {"formula", "--module", "infant-formula-standard-powder", "--module",
                    "ketocal-3to1-powder", "--module", "liquigen", "--kcal", "650", "--ratio", "3:1", "--weight",
                    "7.8", "--fluid-ml-per-kg", "150", "--feeds", "6"},
                new String[] {"init", d + "patient.yaml", "--force"},
                new String[] {"prescribe", "--patient", d + "patient.yaml"},
                new String[] {"prescribe", "--weight", "8", "--age-months", "9", "--ratio", "4:1", "--meals", "4"},
                new String[] {"recipe", "list"},
                new String[] {"recipe", "show", "egg-yolk-custard"},
                new String[] {"plan", "--example", "--days", "7", "--start", "2026-12-01", "--out",
                    d + "plan.json", "--force"},
                new String[] {"plan", "--patient", d + "patient.yaml", "--days", "7", "--start", "2026-12-01"},
                new String[] {"plan", "check", d + "plan.json"},
                new String[] {"export", d + "plan.json", "--out", d + "plan.xlsx", "--force"},
                new String[] {"export", d + "plan.json", "--out", d + "plan.csv", "--force"},
                new String[] {"print", d + "plan.json", "--out", d + "days.pdf", "--force"},
                new String[] {"remind", d + "plan.json", "--out", d + "meals.ics", "--force"},
                new String[] {"log", "meal", "--diary", d + "diary", "--plan", d + "plan.json", "--date",
                    "2026-12-01", "--meal", "breakfast", "--all"},
                new String[] {"log", "meal", "--diary", d + "diary", "--plan", d + "plan.json", "--date",
                    "2026-12-01", "--meal", "lunch", "--percent", "80"},
                new String[] {"log", "day", "--diary", d + "diary", "--date", "2026-12-01", "--seizures", "3",
                    "--ketones", "3.1"},
                new String[] {"adherence", "--plan", d + "plan.json", "--diary", d + "diary"},
                new String[] {"adherence", "--plan", d + "plan.json", "--diary", d + "diary", "--out",
                    d + "report.xlsx", "--force"},
                new String[] {"adherence", "--plan", d + "plan.json", "--diary", d + "diary", "--out",
                    d + "report.pdf", "--force"});
        deleteDiary(dir.resolve("diary"));
        List<String> failed = new ArrayList<>();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] c : commands) {
            int code = Main.run(nowhere, nowhere, c);
            if (code != ExitCodes.OK) {
                failed.add(String.join(" ", c) + " (exit " + code + ")");
            }
        }
        return failed;
    }

    /** A diary is only appended to, and a meal logged twice is refused: each training starts a new one. */
    private static void deleteDiary(Path diary) throws IOException {
        if (Files.isDirectory(diary)) {
            try (var files = Files.list(diary)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(diary);
        }
    }
}
