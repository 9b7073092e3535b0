package org.ketoplan.cli;

import org.ketoplan.app.ExportService;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketoplan.common.AtomicFiles;
import org.ketoplan.common.BadInputException;
import org.ketoplan.export.PlanSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options every plan export shares: the plan file, --out, --force and --foods (for household measures). The
 * exports that take several plans ({@link #targets}) write each into the folder --out names.
 */
public final class PlanOutputOptions {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan of record (plan.json).")
    Path plan;

    @Parameters(index = "1..*", paramLabel = "PLAN", description = "More plans (export and print): then --out is a "
            + "folder and each is written there as NAME.EXT, NAME being the plan file's (or, for plan.json, its "
            + "folder's) name.")
    List<Path> more = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write (a "
            + "folder for several plans).")
    Path out;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Mixin
    FoodsOption foods;

    /** Checks --out can be written, then reads the one plan (the food database loads meanwhile). */
    PlanSource read() {
        if (!more.isEmpty()) {
            throw BadInputException.at("PLAN", "this command takes one plan, not " + (more.size() + 1));
        }
        return read(new Target(plan, out));
    }

    /** A plan and the file it is written to. */
    record Target(Path plan, Path out) {
    }

    /**
     * Where each plan goes: the one plan to --out; several to --out as a folder, each as NAME.{@code extension}.
     * Every target is checked before any is written, so a refused overwrite costs nothing.
     */
    List<Target> targets(String extension) {
        if (more.isEmpty()) {
            return List.of(new Target(plan, out));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw BadInputException.at("--out", out + " is a file; with several plans, name a folder");
        }
        List<Path> all = new ArrayList<>(List.of(plan));
        all.addAll(more);
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path p : all) {
            String file = p.getFileName().toString();
            String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            if (name.equals("plan") && p.toAbsolutePath().getParent().getFileName() != null) {
                name = p.toAbsolutePath().getParent().getFileName().toString(); // a workspace's patient folder
            }
            if (!names.add(name)) {
                throw BadInputException.at("PLAN", "two plans would both be written as " + name + "." + extension
                        + "; rename one");
            }
            Target t = new Target(p, out.resolve(name + "." + extension));
            AtomicFiles.checkWritable(t.out(), force);
            targets.add(t);
        }
        return targets;
    }

    /** Makes the --out folder for several plans. */
    void makeFolder() {
        if (!more.isEmpty()) {
            try {
                Files.createDirectories(out);
            } catch (java.io.IOException e) {
                throw BadInputException.at("--out", "cannot make the folder " + out + ": " + e.getMessage());
            }
        }
    }

    /** Checks the target can be written, then reads its plan (the food database loads meanwhile). */
    PlanSource read(Target t) {
        if (t.out().toAbsolutePath().normalize().equals(t.plan().toAbsolutePath().normalize())) {
            throw BadInputException.at("--out", t.out() + " is the plan itself; choose another file");
        }
        AtomicFiles.checkWritable(t.out(), force); // before any work, so a refused overwrite costs nothing
        return exports().read(t.plan());
    }

    private ExportService exports;

    /** The export service over the shipped foods and those of --foods (one for the command's plans). */
    ExportService exports() {
        if (exports == null) {
            exports = new ExportService(Workspaces.of(foods));
        }
        return exports;
    }

    /** Prints the plan's warnings (one line each) to {@code err}, with the command that helps where one does. */
    void warn(PlanSource source, PrintWriter err) {
        source.warnings().forEach(w -> err.println(warning(w)));
        err.flush();
    }

    /** A warning as the command line says it: "warning: ...", and for another food data version the plan check. */
    static String warning(PlanSource.Warning w) {
        return "warning: " + w.text() + (w instanceof PlanSource.OtherFoodData o
                ? "; run " + Main.planCheck(o.file()) + " to see what changed" : "");
    }
}
