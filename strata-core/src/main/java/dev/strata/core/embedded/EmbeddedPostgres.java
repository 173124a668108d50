package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's private PostgreSQL server: real PostgreSQL binaries from the class path, data under the
 * project's {@code .strata/pg/}, started on first use and reused by later runs until {@link #stop()}.
 * Safe to call from several threads and processes at once: a file lock under {@code .strata/pg/}
 * serialises them, so two first uses never run initdb twice. When Strata runs as root, the server runs
 * as an unprivileged user (see {@link EmbeddedSettings#serverUser()}).
 *
 * <pre>{@code
 * RunningServer server = EmbeddedPostgres.forProject(Path.of(".")).ensureRunning();
 * server.notices().forEach(System.err::println);
 * try (Connection c = server.url().connect()) { ... }
 * }</pre>
 */
public final class EmbeddedPostgres {
    private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedSettings settings;
    private final ServerDirectory directory;

    private EmbeddedPostgres(EmbeddedSettings settings) {
        this.settings = settings;
        this.directory = ServerDirectory.of(settings.projectDir());
    }

    /** The embedded server of {@code projectDir}, with settings from the environment. */
    public static EmbeddedPostgres forProject(Path projectDir) {
        return new EmbeddedPostgres(EmbeddedSettings.forProject(projectDir));
    }

    /** The embedded server described by {@code settings}. */
    public static EmbeddedPostgres withSettings(EmbeddedSettings settings) {
        return new EmbeddedPostgres(settings);
    }

    /** The settings in use. */
    public EmbeddedSettings settings() {
        return settings;
    }

    /**
     * Returns the running server, starting it first if needed: reuses a running one, restarts a
     * stopped or crashed one (PostgreSQL recovers its data), or makes a new one on first use.
     *
     * @throws StrataException.Input       when the server cannot be run here (platform, root without a usable user)
     * @throws StrataException.Unavailable when it did not start; the problem carries the log's last lines
     */
    @SuppressWarnings("try") // the lock is held by the try block, not used in it
    public RunningServer ensureRunning() {
        long started = System.nanoTime();
        try {
            directory.create();
            try (DirectoryLock lock = DirectoryLock.acquire(directory.lockFile(), LOCK_TIMEOUT)) {
                Optional<ServerState> state = ServerState.read(directory);
                if (state.isPresent()) {
                    Optional<PostmasterPid> live = waitUntilReady(state.get().dataDirectory());
                    if (live.isPresent()) {
                        return describe(state.get(), live.get(), RunningServer.Start.REUSED, started, List.of());
                    }
                }
                return start(state, started);
            }
        } catch (IOException | UncheckedIOException e) {
            throw ioFailure(e);
        }
    }

    /** What the server is doing now; never starts or changes anything. */
    public ServerStatus status() {
        Optional<ServerState> recorded = ServerState.read(directory);
        if (recorded.isEmpty() || !ClusterSetup.exists(recorded.get().dataDirectory())) {
            return ServerStatus.notCreated();
        }
        ServerState s = recorded.get();
        Optional<PostmasterPid> pm = PostmasterPid.read(s.dataDirectory());
        if (pm.isPresent() && pm.get().isAlive()) {
            return new ServerStatus(ServerStatus.State.RUNNING, url(pm.get().port()), pm.get().pid(), pm.get().port(),
                    s.version(), s.dataDirectory(), s.logFile(), s.user());
        }
        ServerStatus.State state = pm.isPresent() ? ServerStatus.State.CRASHED : ServerStatus.State.STOPPED;
        return new ServerStatus(state, null, pm.map(PostmasterPid::pid).orElse(0L), s.port(), s.version(),
                s.dataDirectory(), s.logFile(), s.user());
    }

    /** Stops the server with a fast shutdown (open transactions roll back), keeping its data. */
    @SuppressWarnings("try")
    public StopResult stop() {
        try {
            directory.create();
            try (DirectoryLock lock = DirectoryLock.acquire(directory.lockFile(), LOCK_TIMEOUT)) {
                Optional<ServerState> recorded = ServerState.read(directory);
                if (recorded.isEmpty()) {
                    return new StopResult(false, 0, null);
                }
                ServerState s = recorded.get();
                Optional<PostmasterPid> pm = PostmasterPid.read(s.dataDirectory()).filter(PostmasterPid::isAlive);
                if (pm.isPresent()) {
                    ServerUser user = ServerUser.choose(s.user());
                    new ServerControl(binaries(user), user).stop(s.dataDirectory());
                    awaitExit(pm.get());
                }
                s.stopped().write(directory);
                return new StopResult(pm.isPresent(), pm.map(PostmasterPid::pid).orElse(0L), s.dataDirectory());
            }
        } catch (IOException | UncheckedIOException e) {
            throw ioFailure(e);
        }
    }

    private RunningServer start(Optional<ServerState> recorded, long started) throws IOException {
        List<String> notices = new ArrayList<>();
        boolean create = recorded.isEmpty() || !ClusterSetup.exists(recorded.get().dataDirectory());
        // An existing cluster keeps the user it was made for: its files are theirs.
        ServerUser user = ServerUser.choose(create ? settings.serverUser() : recorded.get().user());
        Binaries binaries = binaries(user);
        ServerState state;
        if (create) {
            recorded.ifPresent(old -> notices.add("the embedded server's data folder " + old.dataDirectory()
                    + " was gone, so Strata made a new, empty one"));
            ServerDirectory.DataHome home = directory.prepareHome(user, settings.fallbackDir());
            ClusterSetup.create(binaries, user, home.dataDirectory());
            notices.addAll(creationNotices(user, home));
            state = new ServerState(binaries.version(), binaries.home(), home.dataDirectory(), home.logFile(),
                    user.name(), recorded.map(ServerState::port).orElse(0), 0);
            state.write(directory);
        } else {
            ServerState old = recorded.get();
            requireSameMajor(old.dataDirectory(), binaries);
            recoverFromCrash(old.dataDirectory()).ifPresent(notices::add);
            state = new ServerState(binaries.version(), binaries.home(), old.dataDirectory(), old.logFile(),
                    old.user(), old.port(), 0);
        }
        PostmasterPid pm = new ServerControl(binaries, user).start(state.dataDirectory(), state.logFile(), state.port());
        state = state.running(pm.port(), pm.pid());
        state.write(directory);
        return describe(state, pm, create ? RunningServer.Start.CREATED : RunningServer.Start.STARTED, started, notices);
    }

    /** The binaries, unpacked where {@code user} can run them. */
    private Binaries binaries(ServerUser user) throws IOException {
        Path cache = user.canTraverse(settings.binaryCache()) ? settings.binaryCache()
                : ServerDirectory.safeFallback(settings.fallbackDir()).resolve("binaries");
        return BinaryArchive.find(Platform.current()).unpackInto(cache);
    }

    /**
     * {@code pg_ctl stop -w} returns once postmaster.pid is gone, which the postmaster removes a
     * moment before it exits; a caller told "stopped" must not still see the process.
     */
    private static void awaitExit(PostmasterPid pm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pm.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Removes the postmaster.pid of a server that died without stopping, so the next start can recover. */
    private static Optional<String> recoverFromCrash(Path dataDir) throws IOException {
        Optional<PostmasterPid> stale = PostmasterPid.read(dataDir).filter(pm -> !pm.isAlive());
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        Files.deleteIfExists(PostmasterPid.file(dataDir));
        return Optional.of("the embedded server (pid " + stale.get().pid() + ") had ended without a clean stop; "
                + "PostgreSQL recovered its data on this start");
    }

    /** A live, ready postmaster for {@code dataDir}: waits while one is starting up or recovering. */
    private static Optional<PostmasterPid> waitUntilReady(Path dataDir) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            Optional<PostmasterPid> pm = PostmasterPid.read(dataDir);
            if (pm.isEmpty() || !pm.get().isAlive()) {
                return Optional.empty();
            }
            if (pm.get().isReady() && ServerControl.answers(pm.get().port())) {
                return pm;
            }
            if (System.nanoTime() > deadline) {
                throw new StrataException.Unavailable(Problem.of("embedded.not-ready",
                        "the embedded PostgreSQL (pid " + pm.get().pid() + ") runs but has not accepted connections for "
                                + READY_TIMEOUT.toSeconds() + " s (state: " + pm.get().status() + ")",
                        "look at the log next to " + dataDir + "; stop it with 'strata db stop' and run again"), null);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private static void requireSameMajor(Path dataDir, Binaries binaries) throws IOException {
        int made = ClusterSetup.majorVersion(dataDir);
        if (made != binaries.major()) {
            throw new StrataException.Input(Problem.of("embedded.version-mismatch",
                    "the embedded data in " + dataDir + " was made by PostgreSQL " + made + " but Strata now ships "
                            + binaries.version(),
                    "keep the data with pg_dump from a PostgreSQL " + made + ", then delete " + dataDir.getParent()
                            + " and let Strata make a new server; or pin the binaries artifact to version " + made));
        }
    }

    private List<String> creationNotices(ServerUser user, ServerDirectory.DataHome home) {
        List<String> notices = new ArrayList<>();
        if (user.switching()) {
            notices.add("Strata runs as root, which PostgreSQL refuses, so the embedded server runs as user "
                    + user.describe() + "; set STRATA_EMBEDDED_USER to choose another");
        }
        if (home.relocated()) {
            notices.add("user " + user.name() + " cannot enter " + settings.projectDir()
                    + ", so the embedded server keeps its data in " + home.home() + " (recorded in "
                    + directory.stateFile() + ")");
        }
        return notices;
    }

    private static RunningServer describe(ServerState state, PostmasterPid pm, RunningServer.Start how, long started,
                                          List<String> notices) {
        return new RunningServer(url(pm.port()), pm.pid(), state.version(), state.dataDirectory(), state.logFile(),
                state.user(), how, Duration.ofNanos(System.nanoTime() - started), notices);
    }

    private static DatabaseUrl url(int port) {
        return new DatabaseUrl("127.0.0.1", port, "postgres", "postgres", null, Map.of());
    }

    private StrataException ioFailure(Exception e) {
        return new StrataException(Problem.of("embedded.io-failed",
                "cannot manage the embedded PostgreSQL under " + directory.root() + ": " + e.getMessage(),
                "check that the folder is writable and the disk is not full"), e);
    }
}
