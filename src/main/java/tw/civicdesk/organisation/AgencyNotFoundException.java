// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.error.NotFoundException;

/** An agency that does not exist or lies outside the caller's scope. */
public class AgencyNotFoundException extends NotFoundException {

  public AgencyNotFoundException() {
    super("organisation.agency.not-found");
  }
}
