// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.throttle.Limit;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * Open311 API keys (ADR 0039): an administrator of an agency — or a system administrator, for any
 * agency — issues a key tied to that agency with an hourly limit, and may revoke it. The key (256
 * random bits) is handed out once; only its SHA-256 digest is stored, so neither the database nor a
 * backup can give a working key away. Issuing and revoking are audited ({@value #ISSUED}, {@value
 * #REVOKED}). Every request that presents a working key is counted against it in the one throttle
 * (ADR 0024).
 */
@Service
public class ApiKeys {

  /** The start of every key, so that a leaked key is recognised by secret scanners. */
  public static final String PREFIX = "cd311_";

  /** Audit action: an administrator issued a key ({@code detail}: {@code per-hour=N}). */
  public static final String ISSUED = "OPEN311_KEY_ISSUED";

  /** Audit action: an administrator revoked a key. */
  public static final String REVOKED = "OPEN311_KEY_REVOKED";

  /** The most requests per hour a key may be given. */
  public static final int MAX_PER_HOUR = 100_000;

  static final String SUBJECT = "OPEN311_KEY";
  static final String TOO_MANY = "open311.error.too-many";

  private final ApiKeyRows rows;
  private final Organisation organisation;
  private final AuditLog audit;
  private final Throttle throttle;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiKeys(
      ApiKeyRows rows, Organisation organisation, AuditLog audit, Throttle throttle, Clock clock) {
    this.rows = rows;
    this.organisation = organisation;
    this.audit = audit;
    this.throttle = throttle;
    this.clock = clock;
  }

  /**
   * Issues a key for {@code agencyCode}, audited in the same transaction.
   *
   * @param label who the key is for, 1–100 characters after trimming
   * @param perHour requests allowed per hour, 1 to {@value #MAX_PER_HOUR}
   * @return the stored key and, this once, the key itself
   * @throws tw.civicdesk.organisation.AgencyNotFoundException when {@code actor} may not manage the
   *     agency, or it does not exist
   * @throws InvalidKeyRequest for a blank or too long label or a limit out of range
   */
  @Transactional
  public IssuedKey issue(StaffPrincipal actor, String agencyCode, String label, int perHour) {
    Agency agency = organisation.agencyManagedBy(actor, agencyCode);
    String name = label == null ? "" : label.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidKeyRequest("label", "open311.key.label.invalid");
    }
    if (perHour < 1 || perHour > MAX_PER_HOUR) {
      throw new InvalidKeyRequest("perHour", "open311.key.per-hour.invalid", MAX_PER_HOUR);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String hint = secret.substring(0, PREFIX.length() + 4) + "…";
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long id =
        rows.insert(agency.code(), name, digest(secret), hint, perHour, now, actor.getUsername());
    audit.record(
        new AuditEvent(
            actor.getUsername(),
            agency.code().value(),
            ISSUED,
            SUBJECT,
            Long.toString(id),
            "per-hour=" + perHour));
    return new IssuedKey(rows.find(id).orElseThrow(), secret);
  }

  /**
   * Revokes key {@code id}, audited in the same transaction; requests presenting it are refused
   * from then on. Revoking a revoked key changes nothing and audits nothing.
   *
   * @throws ApiKeyNotFoundException when there is no such key or {@code actor} may not manage its
   *     agency
   */
  @Transactional
  public ApiKey revoke(StaffPrincipal actor, long id) {
    ApiKey key = manageable(actor, id);
    if (rows.revoke(id, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.getUsername())) {
      audit.record(
          new AuditEvent(
              actor.getUsername(),
              key.agency().value(),
              REVOKED,
              SUBJECT,
              Long.toString(id),
              null));
    }
    return rows.find(id).orElseThrow();
  }

  /** The keys {@code viewer} may manage, newest first: every key for a system administrator. */
  @Transactional(readOnly = true)
  public List<ApiKey> manageable(StaffPrincipal viewer) {
    if (AccessPolicy.isSystemAdmin(viewer)) {
      return rows.list(null);
    }
    return AccessPolicy.canManage(viewer, viewer.agencyCode())
        ? rows.list(List.of(viewer.agencyCode().value()))
        : List.of();
  }

  /** The agencies {@code viewer} may issue keys for: their own as its administrator, or all. */
  public List<Agency> agenciesFor(StaffPrincipal viewer) {
    return organisation.agenciesFor(viewer).stream()
        .filter(a -> AccessPolicy.canManage(viewer, a.code()))
        .toList();
  }

  /** Whether {@code viewer} may issue keys for some agency (the console shows the page). */
  public static boolean mayManageSome(StaffPrincipal viewer) {
    return AccessPolicy.canManage(viewer, viewer.agencyCode());
  }

  /**
   * The key {@code presented} stands for, working or revoked; empty for anything that is not a key
   * CivicDesk issued.
   */
  @Transactional(readOnly = true)
  public Optional<ApiKey> find(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    return rows.findByDigest(digest(presented));
  }

  /**
   * Counts one request against {@code key}'s hourly limit.
   *
   * @throws TooManyRequestsException when the key has had {@link ApiKey#perHour()} requests in its
   *     current hour
   */
  public void count(ApiKey key) {
    throttle.take(
        new Limit("open311-key", key.perHour(), Duration.ofHours(1), TOO_MANY),
        List.of("key:" + key.id()));
  }

  private ApiKey manageable(StaffPrincipal actor, long id) {
    return rows.find(id)
        .filter(k -> AccessPolicy.canManage(actor, k.agency()))
        .orElseThrow(ApiKeyNotFoundException::new);
  }

  static String digest(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether {@code agency} is {@code key}'s. */
  public static boolean filesInto(ApiKey key, AgencyCode agency) {
    return key.agency().equals(agency);
  }
}
