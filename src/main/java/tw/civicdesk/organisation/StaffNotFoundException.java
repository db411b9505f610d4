// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.error.NotFoundException;

/** A staff account that does not exist or lies outside the caller's scope. */
public class StaffNotFoundException extends NotFoundException {

  public StaffNotFoundException() {
    super("organisation.staff.not-found");
  }
}
