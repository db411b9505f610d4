// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.regex.Pattern;

/**
 * The shapes the public contacts and texts of an agency and its units must have, checked by {@link
 * OrganisationAdministration} whatever door the change came through (the console forms check the
 * same with Bean Validation first): a phone of 6 to 30 digits, spaces, {@code ()+#-}; an e-mail
 * address of at most 254 characters with one {@code @} and a dot in its domain; texts within their
 * lengths. Empty values are allowed: every one of them is optional.
 */
final class ContactRules {

  /** The longest profile, duties or personal-data text, per language. */
  static final int MAX_TEXT = 4000;

  /** The longest opening hours or contact name, per language. */
  static final int MAX_LINE = 300;

  static final String PHONE_SHAPE = "[0-9()+#\\- ]{6,30}";
  static final String EMAIL_SHAPE = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";

  private static final Pattern PHONE = Pattern.compile(PHONE_SHAPE);
  private static final Pattern EMAIL = Pattern.compile(EMAIL_SHAPE);

  private ContactRules() {}

  static void check(UnitContact c) {
    text(c.duties(), MAX_TEXT, "dutiesZh");
    phone(c.phone(), "phone");
    email(c.email(), "email");
    text(c.hours(), MAX_LINE, "hoursZh");
  }

  static void check(AgencyProfile p) {
    text(p.profile(), MAX_TEXT, "profileZh");
    text(p.duties(), MAX_TEXT, "dutiesZh");
    email(p.email(), "email");
    text(p.privacy(), MAX_TEXT, "privacyZh");
    text(p.privacyContact(), MAX_LINE, "privacyContactZh");
    email(p.privacyEmail(), "privacyEmail");
    phone(p.privacyPhone(), "privacyPhone");
  }

  private static void phone(String value, String field) {
    if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
      throw new OrganisationRuleViolated("organisation.error.phone", field);
    }
  }

  private static void email(String value, String field) {
    if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
      throw new OrganisationRuleViolated("form.error.email", field);
    }
  }

  private static void text(PublicText t, int max, String field) {
    if (t.zh().length() > max) {
      throw new OrganisationRuleViolated("form.error.too-long", field);
    }
    if (t.en().length() > max) {
      throw new OrganisationRuleViolated("form.error.too-long", field.replace("Zh", "En"));
    }
  }
}
