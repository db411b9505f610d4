// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every courtesy page {@code may}: which of the module's pages the staff member may open. */
@ControllerAdvice(basePackageClasses = CourtesyPageAdvice.class)
class CourtesyPageAdvice {

  private final CourtesyPages pages;

  CourtesyPageAdvice(CourtesyPages pages) {
    this.pages = pages;
  }

  @ModelAttribute("may")
  Map<String, Boolean> may(
      @AuthenticationPrincipal tw.civicdesk.organisation.@Nullable StaffPrincipal staff) {
    return staff == null ? Map.of() : pages.may(staff);
  }
}
