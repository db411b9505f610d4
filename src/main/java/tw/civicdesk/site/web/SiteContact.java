// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.beans.factory.annotation.Value;
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

  SiteContact(@Value("${civicdesk.site.contact-email:}") String email,
      @Value("${civicdesk.site.contact-phone:}") String phone) {
    this.email = email.strip();
    this.phone = phone.strip();
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  /** Whether an e-mail or a phone number is set. */
  public boolean any() {
    return !email.isEmpty() || !phone.isEmpty();
  }
}
