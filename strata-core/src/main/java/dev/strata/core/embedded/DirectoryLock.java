package dev.strata.core.embedded;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file, held against other threads of this JVM and against other processes.
 * The operating system drops it when the holder dies, so a {@code kill -9} never leaves it stuck.
 */
final class DirectoryLock implements AutoCloseable {
    /*
     * Static on purpose: a file lock belongs to the whole process, and on Linux closing *any* channel
     * of the file releases every lock this process holds on it. So threads must queue here, in the
     * JVM, before one of them opens the file. The map only ever grows by one entry per lock file.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 25;

    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private DirectoryLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits up to {@code timeout} for the lock on {@code file} (created if missing). */
    static DirectoryLock acquire(Path file, Duration timeout) {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!jvmLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(key, timeout, "another thread of this process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timedOut(key, timeout, "interrupted while waiting");
        }
        try {
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = waitForFileLock(channel, key, timeout, deadline);
                channel.truncate(0);
                channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
                return new DirectoryLock(jvmLock, channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            jvmLock.unlock();
            throw new StrataException(Problem.of("embedded.lock-failed",
                    "cannot lock " + key + ": " + e.getMessage(), "make the folder writable"), e);
        } catch (RuntimeException e) {
            jvmLock.unlock();
            throw e;
        }
    }

    private static FileLock waitForFileLock(FileChannel channel, Path key, Duration timeout, long deadline)
            throws IOException {
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw timedOut(key, timeout, "another process");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw timedOut(key, timeout, "interrupted while waiting");
            }
        }
    }

    private static StrataException timedOut(Path file, Duration timeout, String holder) {
        return new StrataException.Unavailable(Problem.of("embedded.lock-timeout",
                "waited " + timeout.toSeconds() + " s for " + file + ", held by " + holder,
                "wait for the other Strata command to finish; the lock disappears when its process ends"), null);
    }

    @Override
    public void close() {
        try {
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel; nothing left to do
        } finally {
            jvmLock.unlock();
        }
    }
}
