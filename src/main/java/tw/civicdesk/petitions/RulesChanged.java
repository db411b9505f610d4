// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import tw.civicdesk.platform.error.ConflictException;

/**
 * Someone else changed the same rules since the administrator opened them (the version no longer
 * matches), or added the same code meanwhile: nothing is stored, the form shows it.
 */
public class RulesChanged extends ConflictException {

  RulesChanged(String messageKey, String field) {
    super(messageKey);
    onField(field);
  }

  /** The version no longer matches: a change of the whole form. */
  static RulesChanged concurrently() {
    return new RulesChanged("petition-admin.error.concurrent", "");
  }
}
