package org.ketoplan.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ketoplan completion bash|zsh}: a shell completion script for every command and option (Picocli's). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for every command and option.",
                "bash: source <(ketoplan completion bash)   (or save it in ~/.local/share/bash-completion/"
                        + "completions/ketoplan)",
                "zsh:  source <(ketoplan completion zsh)    (in ~/.zshrc; it uses zsh's bashcompinit)"})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is written for. */
    enum Shell { BASH, ZSH }

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine full = new CommandLine(new KetoplanCommand());
        Commands.addAll(full);
        String script = AutoComplete.bash("ketoplan", full);
        var out = spec.commandLine().getOut();
        if (shell == Shell.ZSH) {
            // Picocli's script is written for bash and runs in zsh through bashcompinit, which it loads itself
            // when $ZSH_VERSION is set; zsh users source the same script.
            out.println("# ketoplan completion for zsh (a bash completion script run through bashcompinit)");
        }
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
