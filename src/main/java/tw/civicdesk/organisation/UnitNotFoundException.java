// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.error.NotFoundException;

/** A unit that does not exist or lies outside the caller's scope. */
public class UnitNotFoundException extends NotFoundException {

  public UnitNotFoundException() {
    super("organisation.unit.not-found");
  }
}
