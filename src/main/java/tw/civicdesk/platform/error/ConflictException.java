// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/**
 * A request that conflicts with the current state, e.g. a duplicate or a concurrent change (409).
 */
public class ConflictException extends DomainException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  protected ConflictException(String messageKey, String detail, Object... arguments) {
    super(messageKey, detail, arguments);
  }
}
