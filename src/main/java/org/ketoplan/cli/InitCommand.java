package org.ketoplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ketoplan.app.PrescriptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan init FILE}: writes a commented patient-file template. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented patient file (YAML) to edit; an existing file is kept unless --force.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The patient file to write, e.g. patient.yaml.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new PrescriptionService().writePatientTemplate(file, LocalDate.now(), "ketoplan prescribe --patient THIS_FILE", force);
        if (Feedback.confirm(spec)) {
            spec.commandLine().getOut().println("Wrote " + file + ". Edit it, then check it with: ketoplan "
                    + "prescribe --patient " + file);
        }
        return ExitCodes.OK;
    }
}
