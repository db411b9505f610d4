// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.error.ConflictException;

/** A change that collides with existing records: a taken code or name, or a concurrent edit. */
public class OrganisationConflict extends ConflictException {

  static final String CONCURRENT = "organisation.error.concurrent-change";
  static final String AGENCY_CODE_TAKEN = "organisation.error.agency-code-taken";
  static final String UNIT_CODE_TAKEN = "organisation.error.unit-code-taken";
  static final String USERNAME_TAKEN = "organisation.error.username-taken";

  /**
   * @param field the form field at fault, or blank for the whole form
   */
  OrganisationConflict(String messageKey, String field) {
    super(messageKey);
    onField(field);
  }
}
