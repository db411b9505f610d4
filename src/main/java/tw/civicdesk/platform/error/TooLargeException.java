// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/** A request body larger than the configured limit (413). */
public class TooLargeException extends DomainException {

  public TooLargeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
