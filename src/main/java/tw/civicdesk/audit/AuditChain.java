// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain: {@code hash = hex(SHA-256(UTF-8(prev_hash + canonical(row))))}, where the first
 * row's {@code prev_hash} is {@link #GENESIS} and {@code canonical(row)} is {@code
 * "civicdesk-audit-v1"} followed, for each of id, at (microseconds since the epoch), actor, agency
 * code, action, subject type, subject id and detail, by {@code "|-"} for a null value or {@code "|"
 * + <UTF-8 byte length> + ":" + value}. The length prefix makes the serialisation unambiguous
 * whatever the values contain. Also a walk over stored rows in id order that finds the first row
 * that breaks the chain, and whether the row anchored outside the database (ADR 0029) is still
 * there unchanged.
 */
final class AuditChain {

  /** {@code prev_hash} of the first row: 64 zeros. */
  static final String GENESIS = "0".repeat(64);

  private final AuditAnchor.@Nullable Head anchored;
  private String expectedPrevious = GENESIS;
  private long rows;
  private long lastId;
  private @Nullable Long firstBrokenId;
  private @Nullable String anchoredHashFound;

  /** A walk checked against {@code anchored} too, the row anchored outside the database. */
  AuditChain(AuditAnchor.@Nullable Head anchored) {
    this.anchored = anchored;
  }

  /** A stored row with its stored hashes. */
  record StoredRow(AuditEntry entry, String prevHash, String hash) {}

  /** The hash of a row with the given predecessor hash. */
  static String hash(String prevHash, AuditEntry row) {
    StringBuilder canonical = new StringBuilder(prevHash).append("civicdesk-audit-v1");
    field(canonical, Long.toString(row.id()));
    field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, row.at())));
    field(canonical, row.actor());
    field(canonical, row.agencyCode());
    field(canonical, row.action());
    field(canonical, row.subjectType());
    field(canonical, row.subjectId());
    field(canonical, row.detail());
    return HexFormat.of()
        .formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static void field(StringBuilder canonical, @Nullable String value) {
    if (value == null) {
      canonical.append("|-");
    } else {
      canonical
          .append('|')
          .append(value.getBytes(StandardCharsets.UTF_8).length)
          .append(':')
          .append(value);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Checks the next stored row of a walk in id order. */
  void next(StoredRow row) {
    rows++;
    if (firstBrokenId == null
        && (!row.prevHash().equals(expectedPrevious)
            || !hash(row.prevHash(), row.entry()).equals(row.hash()))) {
      firstBrokenId = row.entry().id();
    }
    expectedPrevious = row.hash();
    lastId = row.entry().id();
    if (anchored != null && anchored.id() == lastId) {
      anchoredHashFound = row.hash();
    }
  }

  /**
   * The result of the walk so far.
   *
   * @param unreadableAnchor whether an anchor file was there but could not be read
   */
  ChainCheck result(boolean unreadableAnchor) {
    ChainCheck.Anchor anchor = unreadableAnchor ? ChainCheck.Anchor.UNREADABLE : anchor();
    Long broken =
        firstBrokenId != null || anchor.holds() || anchored == null
            ? firstBrokenId
            : Long.valueOf(anchored.id());
    return new ChainCheck(
        firstBrokenId == null && anchor.holds(),
        rows,
        broken,
        anchor,
        anchored == null ? null : anchored.id());
  }

  private ChainCheck.Anchor anchor() {
    if (anchored == null) {
      return ChainCheck.Anchor.NONE;
    }
    if (anchoredHashFound != null) {
      return anchoredHashFound.equals(anchored.hash())
          ? ChainCheck.Anchor.CONFIRMED
          : ChainCheck.Anchor.CHANGED;
    }
    return lastId < anchored.id() ? ChainCheck.Anchor.HEAD_OLDER : ChainCheck.Anchor.MISSING_ROW;
  }
}
