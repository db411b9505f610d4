// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/** Input that breaks a rule of the domain (422). */
public class InvalidInputException extends DomainException {

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  protected InvalidInputException(String messageKey, String detail, Object... arguments) {
    super(messageKey, detail, arguments);
  }
}
