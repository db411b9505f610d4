// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a PostgreSQL server left running on the data directory by an application process that
 * was killed hard ({@code kill -9}): the embedded server is a separate process and outlives the
 * JVM, holding the directory until it is stopped.
 *
 * <p>The embedded server's owner holds a file lock on {@code epg-lock} in the directory for as long
 * as it lives (the operating system drops it when the process dies). While that lock is held, the
 * directory belongs to a running CivicDesk and starting a second one is refused. When the lock is
 * free but a server still runs on the directory, that server is an orphan: it is asked to shut down
 * (SIGTERM, a clean shutdown), forced after a grace period, and a stale {@code postmaster.pid} is
 * removed.
 */
final class LeftoverPostmaster {

  private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

  /** The lock file io.zonky's EmbeddedPostgres holds while it owns the directory. */
  static final String LOCK_FILE = "epg-lock";

  private LeftoverPostmaster() {}

  /**
   * Makes {@code dataDirectory} free for a new server.
   *
   * @throws IllegalStateException when a live CivicDesk process already serves this directory
   */
  static void clear(Path dataDirectory, Duration grace) throws IOException, InterruptedException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    Optional<ProcessHandle> server = serverOf(pidFile);
    if (server.isEmpty()) {
      Files.deleteIfExists(pidFile);
      return;
    }
    ProcessHandle postmaster = server.get();
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw inUse(dataDirectory, postmaster);
      }
      stop(postmaster, dataDirectory, grace);
    } catch (OverlappingFileLockException e) {
      throw inUse(dataDirectory, postmaster);
    }
    Files.deleteIfExists(pidFile);
  }

  private static IllegalStateException inUse(Path dataDirectory, ProcessHandle postmaster) {
    return new IllegalStateException(
        "The data directory "
            + dataDirectory
            + " is in use by another running CivicDesk (PostgreSQL pid "
            + postmaster.pid()
            + ")");
  }

  private static void stop(ProcessHandle postmaster, Path dataDirectory, Duration grace)
      throws InterruptedException {
    log.warn(
        "Stopping PostgreSQL (pid {}) left running on {} by a process that ended",
        postmaster.pid(),
        dataDirectory);
    postmaster.destroy();
    if (!waitForExit(postmaster, grace)) {
      postmaster.destroyForcibly();
      waitForExit(postmaster, grace);
    }
  }

  /** The live process named by the first line of {@code postmaster.pid}, if any. */
  static Optional<ProcessHandle> serverOf(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
    try {
      return ProcessHandle.of(Long.parseLong(first))
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean waitForExit(ProcessHandle process, Duration grace)
      throws InterruptedException {
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    }
  }
}
