package org.ketoplan.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan setup}: makes the start-up archive for the Java running it, beside ketoplan.jar. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Make ketoplan start faster on this computer: records which classes the usual commands load "
                + "and saves them, ready to map, beside ketoplan.jar for the Java that runs this (once, about half a minute; "
                + "again after a Java update). The launcher (ketoplan, ketoplan.cmd) uses it when it matches; "
                + "'mvn package' makes one for the Java that built it."})
final class SetupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.println("Making the start-up archive (about half a minute) ...");
        out.flush();
        try {
            String made = StartupArchive.make(StartupArchive.ownJar(), line -> {
                out.println(line);
                out.flush();
            });
            out.println("Wrote " + made + ".");
            return ExitCodes.OK;
        } catch (IOException | IllegalStateException e) {
            // not the user's input and not a bug: a folder that cannot be written, a Java without class sharing
            spec.commandLine().getErr().println(Messages.oneLine("error: no start-up archive made: " + e.getMessage()
                    + "; ketoplan works without it, only starts slower"));
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
