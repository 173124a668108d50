package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating-system account the PostgreSQL programs run as. PostgreSQL refuses to run as root, so
 * when Strata is root the server runs as an unprivileged user instead ({@code STRATA_EMBEDDED_USER},
 * else {@code nobody}), reached through {@code setpriv} (or {@code runuser}) from util-linux.
 *
 * @param name      login name
 * @param uid       numeric user id
 * @param gid       numeric primary group id
 * @param switching whether commands must switch to this user (Strata is root) or run as they are
 * @param switcher  the command prefix that switches user, empty when not switching
 */
record ServerUser(String name, int uid, int gid, boolean switching, List<String> switcher) {
    private static final Pattern ID_OUTPUT = Pattern.compile("uid=(\\d+)\\S*\\s+gid=(\\d+)");

    ServerUser {
        switcher = List.copyOf(switcher);
    }

    /**
     * The user to run the server as: this process's user, or {@code requested} when this process is root.
     *
     * @throws StrataException.Input when root and the requested user is missing, is root, or cannot be switched to
     */
    static ServerUser choose(String requested) {
        UnixSystem me = new UnixSystem();
        if (me.getUid() != 0) {
            return new ServerUser(me.getUsername(), (int) me.getUid(), (int) me.getGid(), false, List.of());
        }
        int[] ids = lookUp(requested);
        if (ids[0] == 0) {
            throw new StrataException.Input(Problem.of("embedded.root-user",
                    "the embedded PostgreSQL cannot run as '" + requested + "': it is root (uid 0) and PostgreSQL refuses root",
                    "set STRATA_EMBEDDED_USER to an unprivileged user (e.g. nobody, or one made with "
                            + "'useradd --system strata'), or run Strata as a non-root user"));
        }
        return new ServerUser(requested, ids[0], ids[1], true, switcher(requested, ids));
    }

    /** {@code command} prefixed so that it runs as this user. */
    List<String> wrap(List<String> command) {
        List<String> all = new ArrayList<>(switcher);
        all.addAll(command);
        return all;
    }

    /** Gives {@code path} to this user when switching; otherwise it already is theirs. */
    void own(Path path) throws IOException {
        if (switching) {
            FileModes.chown(path, uid, gid);
        }
    }

    /** Whether this user may enter {@code dir} and every folder above it. */
    boolean canTraverse(Path dir) throws IOException {
        return !switching || FileModes.canTraverse(dir, uid, gid);
    }

    /** {@code nobody (uid 65534)}: for messages. */
    String describe() {
        return name + " (uid " + uid + ")";
    }

    private static int[] lookUp(String name) {
        try {
            Process p = new ProcessBuilder("id", name).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            Matcher m = ID_OUTPUT.matcher(out);
            if (p.exitValue() == 0 && m.find()) {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            }
        } catch (IOException e) {
            // no 'id' program: reported below as an unknown user, with the same fix
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StrataException.Input(Problem.of("embedded.no-user",
                "Strata runs as root, PostgreSQL refuses root, and the user '" + name
                        + "' it would run the embedded server as does not exist",
                "set STRATA_EMBEDDED_USER to an existing unprivileged user, create one "
                        + "('useradd --system --no-create-home strata'), or run Strata as a non-root user"));
    }

    private static List<String> switcher(String name, int[] ids) {
        Path setpriv = onPath("setpriv");
        if (setpriv != null) {
            return List.of(setpriv.toString(), "--reuid=" + ids[0], "--regid=" + ids[1], "--clear-groups", "--");
        }
        Path runuser = onPath("runuser");
        if (runuser != null) {
            return List.of(runuser.toString(), "-u", name, "--");
        }
        throw new StrataException.Input(Problem.of("embedded.no-setpriv",
                "Strata runs as root and needs setpriv or runuser to start PostgreSQL as '" + name
                        + "', and neither is installed",
                "install util-linux (apt-get install util-linux, apk add setpriv), or run Strata as a non-root user"));
    }

    private static Path onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/bin:/usr/sbin:/sbin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        return null;
    }
}
