// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/** A record that does not exist, or is outside the caller's scope (answered 404 alike). */
public class NotFoundException extends DomainException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  protected NotFoundException(String messageKey, String detail, Object... arguments) {
    super(messageKey, detail, arguments);
  }
}
