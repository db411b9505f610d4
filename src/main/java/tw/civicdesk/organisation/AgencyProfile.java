// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/**
 * The texts of an agency's own site section, all public and all optional: its profile (簡介), duties
 * (職掌), public e-mail address, and its personal-data page (個人資料保護專區) — who the personal-data
 * contact is, how to reach them, and what the agency collects and why.
 *
 * @param email the agency's public e-mail address, empty when not given
 * @param privacy what personal data the agency collects, why, and how to ask about it
 * @param privacyContact who answers questions about personal data, e.g. 行政室 個資窗口
 * @param version optimistic-lock version; 0 for an agency that never saved its profile
 */
public record AgencyProfile(
    AgencyCode code,
    PublicText profile,
    PublicText duties,
    String email,
    PublicText privacy,
    PublicText privacyContact,
    String privacyEmail,
    String privacyPhone,
    int version) {

  /** The empty profile of an agency that has not written one. */
  public static AgencyProfile empty(AgencyCode code) {
    return new AgencyProfile(
        code, PublicText.NONE, PublicText.NONE, "", PublicText.NONE, PublicText.NONE, "", "", 0);
  }

  /** Whether the personal-data page has anything to show. */
  public boolean hasPrivacyPage() {
    return !privacy.isEmpty() || !privacyContact.isEmpty();
  }
}
