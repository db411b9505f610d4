// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.Locale;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;

/** The case number in a path of this module's pages. */
final class PetitionPaths {

  private PetitionPaths() {}

  /**
   * The case number {@code raw} names, upper-cased.
   *
   * @throws CaseWork.CaseNotFound (404) when it is not a well-formed case number
   */
  static CaseNumber number(String raw) {
    if (!CaseNumber.isValid(raw)) {
      throw new CaseWork.CaseNotFound();
    }
    return new CaseNumber(raw.strip().toUpperCase(Locale.ROOT));
  }
}
