package dev.strata.cli;

import dev.strata.core.apply.ApplyEvent;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows {@link ApplyEvent}s: a progress bar on a terminal, one plain line per migration otherwise,
 * nothing with {@code --json}. Lines go to stderr so stdout stays the result.
 */
final class ProgressView implements Consumer<ApplyEvent>, AutoCloseable {
    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final boolean silent;
    private ProgressBar progress;

    private ProgressView(PrintWriter err, boolean bar, boolean quiet, boolean silent) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.silent = silent;
    }

    static ProgressView create(Environment env, boolean json, boolean quiet) {
        return new ProgressView(env.err(), env.terminal() && !json && !quiet, quiet, json);
    }

    @Override
    public void accept(ApplyEvent event) {
        if (silent) {
            return;
        }
        if (event instanceof ApplyEvent.Warning w) {
            line("warning: " + w.message());
        } else if (event instanceof ApplyEvent.LockWaiting w) {
            info("waiting for the migration lock (held by " + w.holder() + ")");
        } else if (event instanceof ApplyEvent.TrackingCreated t) {
            info("created tracking tables " + t.drizzleTable() + " and " + t.historyTable());
        } else if (event instanceof ApplyEvent.RunPlanned p) {
            planned(p);
        } else if (event instanceof ApplyEvent.MigrationStarted s) {
            started(s);
        } else if (event instanceof ApplyEvent.MigrationApplied a) {
            applied(a);
        }
    }

    private void planned(ApplyEvent.RunPlanned p) {
        if (p.names().isEmpty()) {
            return;
        }
        if (bar) {
            progress = new ProgressBarBuilder().setTaskName("migrate").setInitialMax(p.names().size())
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        } else {
            info("applying " + p.names().size() + " migration(s); " + p.alreadyApplied() + " already applied");
        }
    }

    private void started(ApplyEvent.MigrationStarted s) {
        if (progress != null) {
            progress.setExtraMessage(s.name());
        }
    }

    private void applied(ApplyEvent.MigrationApplied a) {
        if (progress != null) {
            progress.step();
        } else {
            info("applied " + a.name() + " (" + a.mode().label() + ", " + Durations.human(a.duration().toMillis()) + ")");
        }
    }

    private void info(String text) {
        if (!quiet) {
            line(text);
        }
    }

    private void line(String text) {
        if (progress != null) {
            // Print above the bar rather than through it.
            System.err.print("\r");
        }
        err.println(text);
        err.flush();
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
    }
}
