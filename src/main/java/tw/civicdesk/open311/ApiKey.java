// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * An Open311 API key as stored: never the key itself, only what identifies and limits it.
 *
 * @param id the key's number
 * @param agency the one agency requests through this key may file into
 * @param label what the administrator called it (the client it was issued to)
 * @param hint the key's first characters followed by an ellipsis, to tell keys apart
 * @param perHour requests through this key allowed per hour (every request presenting it counts)
 * @param issuedAt when it was issued
 * @param issuedBy the username of the administrator who issued it
 * @param revokedAt when it was revoked; {@code null} while it works
 * @param revokedBy who revoked it; {@code null} while it works
 */
public record ApiKey(
    long id,
    AgencyCode agency,
    String label,
    String hint,
    int perHour,
    Instant issuedAt,
    String issuedBy,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy) {

  /** Whether requests may still present this key. */
  public boolean active() {
    return revokedAt == null;
  }
}
