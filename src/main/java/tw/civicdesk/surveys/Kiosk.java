// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A counter kiosk (櫃台平板): a registered device that shows one survey of its agency and records the
 * answers given on it as the {@link SurveyChannel#KIOSK} channel, with its counter (unit).
 *
 * <p>Life: registered by the agency's quality officer or administrator, which makes a one-time
 * activation link valid for {@link Kiosks#LINK_VALID}; activated by opening that link on the device
 * (the device then holds a secret cookie, and the link stops working); revoked from the console,
 * after which the device's requests are refused.
 *
 * @param unitId the counter (unit) its answers are counted for, if any
 * @param state what the kiosk can do now
 */
public record Kiosk(
    long id,
    AgencyCode agency,
    String name,
    SurveyCode survey,
    @Nullable Long unitId,
    String registeredBy,
    Instant registeredAt,
    @Nullable Instant activationExpiresAt,
    @Nullable Instant activatedAt,
    @Nullable Instant revokedAt,
    State state) {

  /** What a kiosk can do now. */
  public enum State {
    /** Registered; its activation link works until it expires. */
    WAITING,
    /** Registered, but its link expired unused: register it again. */
    EXPIRED,
    /** Activated: the device takes answers. */
    ACTIVE,
    /** Revoked: the device is refused. */
    REVOKED
  }
}
