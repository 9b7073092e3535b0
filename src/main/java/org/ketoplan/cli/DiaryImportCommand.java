package org.ketoplan.cli;

import org.ketoplan.app.DiaryService;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketoplan.diary.WorkbookImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan diary import plan.xlsx}: the "Eaten (g)" column of a filled-in plan workbook into meals.csv. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a plan workbook a parent filled in: the \"Eaten (g)\" column into meals.csv, and the "
                + "Diary sheet (the day's figures, each seizure, each blood reading) into days.csv, seizures.csv and "
                + "readings.csv.",
                "An empty cell means not logged; 0 means not eaten. Entries already in the diary with the same "
                        + "values are skipped; other values need --replace. Nothing is written if any cell is bad."})
final class DiaryImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The filled-in plan.xlsx.")
    Path workbook;

    @Option(names = "--diary", required = true, paramLabel = "DIR", description = "The diary folder.")
    Path diary;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The plan (plan.json): check dates, meals and foods against it.")
    Path plan;

    @Option(names = "--replace", description = "Take the workbook's grams where the diary has other grams.")
    boolean replace;

    @Mixin
    FoodsOption foods;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkbookImport.Result r;
        try (Feedback.Bar bar = Feedback.progress(spec, "Importing " + workbook.getFileName(), 0)) {
            r = new DiaryService(Workspaces.of(foods)).importWorkbook(workbook, diary, plan, replace);
        }
        r.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        var out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("appended", r.appended().size());
            j.put("meals", r.meals());
            j.put("days", r.days());
            j.put("seizures", r.seizures());
            j.put("readings", r.readings());
            j.put("already_logged", r.alreadyLogged());
            Json.print(out, j);
        } else if (Feedback.confirm(spec)) {
            out.println("Imported " + r.appended().size() + " row" + (r.appended().size() == 1 ? "" : "s") + " ("
                    + r.meals() + " meal" + (r.meals() == 1 ? "" : "s") + ") into " + diary.resolve("meals.csv")
                    + diaryPart(r.days(), "day", "days.csv") + diaryPart(r.seizures(), "seizure", "seizures.csv")
                    + diaryPart(r.readings(), "reading", "readings.csv")
                    + (r.alreadyLogged() > 0 ? "; " + r.alreadyLogged() + " already in the diary" : ""));
        }
        return ExitCodes.OK;
    }

    private String diaryPart(int n, String what, String file) {
        return n == 0 ? "" : ", " + n + " " + what + (n == 1 ? "" : "s") + " into " + diary.resolve(file);
    }
}
