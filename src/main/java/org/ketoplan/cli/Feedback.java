package org.ketoplan.cli;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ketoplan.common.Progress;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command tells the person while and after it works, besides its result: a progress bar on stderr for
 * work that takes more than about a second, and confirmations such as "Wrote plan.xlsx". {@code --quiet} (on every
 * command) silences both; results, warnings and errors are always printed.
 *
 * <p>The bar appears only when stderr is a terminal: the launcher says so ({@code -Dketoplan.stderr.terminal}, from
 * {@code [ -t 2 ]}); under plain {@code java -jar} the JVM can only tell whether stdin and stdout are, which stands
 * in for it. Scripts and pipes never see a bar.
 */
final class Feedback {
    /** Work shorter than this shows no bar. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private Feedback() {
    }

    /** Whether {@code --quiet} was given. */
    static boolean quiet(CommandSpec spec) {
        CommandSpec root = spec.root();
        return root.userObject() instanceof KetoplanCommand k && k.quiet;
    }

    /** Whether confirmations are printed. */
    static boolean confirm(CommandSpec spec) {
        return !quiet(spec);
    }

    /**
     * A progress report of {@code total} steps named {@code task} ("Planning", "Exporting"), or of work whose size
     * is not known ({@code total} 0: the bar shows the time taken); a bar on stderr after {@link #DELAY} when stderr
     * is a terminal and not {@code --quiet}, otherwise nothing. Close it when done.
     */
    static Bar progress(CommandSpec spec, String task, long total) {
        boolean shown = !quiet(spec) && terminal();
        return new Bar(task, total, shown);
    }

    private static boolean terminal() {
        String said = System.getProperty("ketoplan.stderr.terminal");
        return said != null ? Boolean.parseBoolean(said) : System.console() != null;
    }

    /** A progress report that shows itself only once the work has taken {@link #DELAY}. */
    static final class Bar implements Progress, AutoCloseable {
        private final String task;
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final Timer timer;
        private ProgressBar bar;
        private boolean closed;

        private Bar(String task, long total, boolean shown) {
            this.task = task;
            this.total = total;
            if (shown) {
                timer = new Timer("ketoplan-progress", true);
                timer.schedule(new TimerTask() {
                    @Override
                    public void run() {
                        show();
                    }
                }, DELAY.toMillis());
            } else {
                timer = null;
            }
        }

        private synchronized void show() {
            if (closed) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200).continuousUpdate().build();
            bar.stepTo(done.get());
        }

        @Override
        public void advance(long steps) {
            long now = done.addAndGet(steps);
            ProgressBar b;
            synchronized (this) {
                b = bar;
            }
            if (b != null) {
                b.stepTo(now);
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (timer != null) {
                timer.cancel();
            }
            if (bar != null) {
                bar.stepTo(done.get());
                bar.close();
                bar = null;
            }
        }
    }
}
