package org.ketoplan.cli;

import picocli.CommandLine.Command;

/** {@code ketoplan diary}: bring entries into the diary from elsewhere. */
@Command(name = "diary", description = "Import into the diary (a filled-in plan workbook).",
        mixinStandardHelpOptions = true,
        subcommands = {DiaryImportCommand.class})
public final class DiaryCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
