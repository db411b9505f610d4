// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.stereotype.Component;

/**
 * Whom the public asks about the platform itself — its privacy, security and accessibility: the
 * operator's e-mail ({@code civicdesk.site.contact-email}) and phone ({@code
 * civicdesk.site.contact-phone}); either may be empty, and the footer shows what is set. About a
 * case, people ask the agency handling it, whose contacts are on its profile page.
 */
@Component
public class SiteContact {

  private final String email;
  private final String phone;

  SiteContact(SiteSettings settings) {
    this.email = settings.contactEmail().strip();
    this.phone = settings.contactPhone().strip();
  }

  /** The operator's e-mail address; empty when not set. */
  public String email() {
    return email;
  }

  /** The operator's phone number; empty when not set. */
  public String phone() {
    return phone;
  }

  /** Whether an e-mail or a phone number is set. */
  public boolean any() {
    return !email.isEmpty() || !phone.isEmpty();
  }
}
