// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.db.EmbeddedDbSettings;

/**
 * The anchor of the audit chain outside the database (ADR 0029): a file holding the id and hash of
 * the newest row this node appended, {@code civicdesk-audit-anchor-v1 <id> <hash>}, rewritten
 * (atomically) after every commit that appended. Whoever removes the newest rows, or rewrites the
 * table with fresh hashes, through the database alone leaves the anchored row missing or different,
 * and {@link AuditLog#verify} says so.
 *
 * <p>The file is {@code civicdesk.audit.anchor-file}; by default {@code audit-anchor} beside the
 * embedded database's directory ({@code civicdesk.embedded-db.dir}), and a throw-away file when
 * that directory is throw-away too (tests). Before an append moves it on, the append checks in its
 * own transaction that the anchored row is still there unchanged; if it is not, the anchor is
 * frozen: the file is kept as the evidence and never advanced again (an error is logged) until an
 * operator moves it aside.
 */
@Component
class AuditAnchor {

  static final String FORMAT = "civicdesk-audit-anchor-v1";

  private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);
  private static final Pattern LINE = Pattern.compile(FORMAT + " (\\d{1,19}) ([0-9a-f]{64})\\s*");

  /** A row of the chain: its id and hash. */
  record Head(long id, String hash) {}

  /**
   * What the anchor file says.
   *
   * @param head the anchored row; {@code null} when there is no file or it cannot be read
   * @param unreadable whether a file is there but does not hold an anchor
   */
  record Reading(@Nullable Head head, boolean unreadable) {}

  private final Path file;
  private @Nullable Head current;
  private @Nullable String frozen;
  private boolean writeFailed;

  @Autowired
  AuditAnchor(AuditSettings settings, EmbeddedDbSettings embeddedDb) throws IOException {
    this(settings.anchorFile(), embeddedDb.dir());
  }

  /** The anchor in {@code anchorFile}, else beside {@code embeddedDbDir}, else throw-away. */
  AuditAnchor(String anchorFile, String embeddedDbDir) throws IOException {
    this.file = location(anchorFile, embeddedDbDir);
    Reading reading = read();
    this.current = reading.head();
    if (reading.unreadable()) {
      frozen = "unreadable";
      LOG.error("The audit anchor {} cannot be read; it is kept and not advanced", file);
    } else if (current == null) {
      LOG.info("No audit anchor yet at {}; the next audit entry starts it", file);
    }
  }

  private static Path location(String anchorFile, String embeddedDbDir) throws IOException {
    if (!anchorFile.isBlank()) {
      return Path.of(anchorFile.strip()).toAbsolutePath();
    }
    if (!embeddedDbDir.isBlank()) {
      Path db = Path.of(embeddedDbDir.strip()).toAbsolutePath().normalize();
      Path parent = db.getParent();
      return (parent == null ? db : parent).resolve("audit-anchor");
    }
    File dir = Files.createTempDirectory("civicdesk-audit-").toFile();
    dir.deleteOnExit();
    File anchor = new File(dir, "audit-anchor");
    anchor.deleteOnExit();
    return anchor.toPath();
  }

  /** Where the anchor is kept. */
  Path file() {
    return file;
  }

  /** Reads the file as it is now (not what this node last wrote). */
  Reading read() {
    if (!Files.exists(file)) {
      return new Reading(null, false);
    }
    try {
      Matcher m = LINE.matcher(Files.readString(file, StandardCharsets.US_ASCII));
      return m.matches()
          ? new Reading(new Head(Long.parseLong(m.group(1)), m.group(2)), false)
          : new Reading(null, true);
    } catch (IOException | NumberFormatException e) {
      return new Reading(null, true);
    }
  }

  /**
   * The row an append must find unchanged before it may move the anchor on; {@code null} when there
   * is nothing to check (no anchor yet, or a frozen one, which never moves again).
   */
  synchronized @Nullable Head mustHold() {
    return frozen != null ? null : current;
  }

  /**
   * After the commit of a transaction that appended {@code head}: moves the anchor to it when the
   * anchored row was found unchanged in that transaction ({@code held}) and {@code head} is newer;
   * otherwise freezes the anchor, keeping the file as it is.
   */
  synchronized void appended(Head head, boolean held) {
    if (frozen != null) {
      return;
    }
    if (!held) {
      frozen = "anchored row " + (current == null ? "?" : current.id()) + " missing or changed";
      LOG.error(
          "The audit log no longer holds the anchored entry {} unchanged: the newest"
              + " entries were removed or the log rewritten. The anchor {} is kept as evidence and"
              + " no longer advanced; move it aside once this has been investigated (ADR 0029)",
          current == null ? "?" : current.id(),
          file);
      return;
    }
    if (current != null && head.id() <= current.id()) {
      return;
    }
    write(head);
  }

  private void write(Head head) {
    try {
      Path dir = file.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(
          tmp, FORMAT + " " + head.id() + " " + head.hash() + "\n", StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      current = head;
      writeFailed = false;
    } catch (IOException e) {
      if (!writeFailed) {
        LOG.warn(
            "The audit anchor {} cannot be written ({}); entries stay unanchored until it" + " can",
            file,
            e.getClass().getSimpleName());
      }
      writeFailed = true;
    }
  }
}
