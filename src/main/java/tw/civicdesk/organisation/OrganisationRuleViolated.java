// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.error.InvalidInputException;

/** A change that breaks a rule of the organisation, e.g. an agency becoming its own ancestor. */
public class OrganisationRuleViolated extends InvalidInputException {

  static final String PARENT_CYCLE = "organisation.error.parent-cycle";
  static final String PARENT_UNKNOWN = "organisation.error.parent-unknown";
  static final String UNIT_OF_OTHER_AGENCY = "organisation.error.unit-other-agency";
  static final String ROLES_REQUIRED = "organisation.error.roles-required";
  static final String ROLE_NOT_GRANTABLE = "organisation.error.role-not-grantable";
  static final String PASSWORD_WEAK = "organisation.error.password-weak";
  static final String OWN_ACCOUNT = "organisation.error.own-account";

  OrganisationRuleViolated(String messageKey, String field) {
    super(messageKey);
    onField(field);
  }
}
