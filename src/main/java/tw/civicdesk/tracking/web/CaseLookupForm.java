// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import org.jspecify.annotations.Nullable;

/** The staff look-up's one field: the case number, {@code null} before the form is sent. */
public class CaseLookupForm {

  private @Nullable String number;

  public @Nullable String getNumber() {
    return number;
  }

  public void setNumber(@Nullable String number) {
    this.number = number;
  }
}
