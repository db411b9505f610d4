// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the platform operator's contacts ({@link SiteContact}) in every page's footer. */
@ControllerAdvice
class SiteFooterAdvice {

  private final SiteContact contact;

  SiteFooterAdvice(SiteContact contact) {
    this.contact = contact;
  }

  @ModelAttribute("siteContact")
  SiteContact siteContact() {
    return contact;
  }
}
