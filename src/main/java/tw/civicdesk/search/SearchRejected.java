// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A public search the site cannot run: blank or too long, or an unknown type, language or agency.
 */
public class SearchRejected extends InvalidInputException {

  public static final String BLANK = "search.problem.blank";
  public static final String TOO_LONG = "search.problem.too-long";
  public static final String TYPE = "search.problem.type";
  public static final String LANGUAGE = "search.problem.language";
  public static final String AGENCY = "search.problem.agency";

  /**
   * @param messageKey one of the constants of this class
   * @param arguments the message's arguments
   */
  public SearchRejected(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
