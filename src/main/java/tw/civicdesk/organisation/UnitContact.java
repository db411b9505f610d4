// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/**
 * What a unit publishes about itself: its duties (職掌) and how to reach it. Every part is optional;
 * where the unit gives no phone, e-mail or hours, its agency's are shown ({@link
 * Organisation#contactOf}).
 *
 * @param duties the unit's duties, possibly empty
 * @param phone the unit's phone, empty when not given
 * @param email the unit's public e-mail address, empty when not given
 * @param hours the unit's opening hours, possibly empty
 */
public record UnitContact(PublicText duties, String phone, String email, PublicText hours) {

  /** A unit that gives nothing of its own. */
  public static final UnitContact NONE = new UnitContact(PublicText.NONE, "", "", PublicText.NONE);

  public UnitContact {
    phone = phone == null ? "" : phone.strip();
    email = email == null ? "" : email.strip();
  }
}
