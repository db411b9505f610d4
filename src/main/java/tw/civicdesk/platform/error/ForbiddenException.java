// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/**
 * A request by someone who may see the record but not do this to it (403), e.g. a case officer
 * approving an extension that only a unit head may grant.
 */
public class ForbiddenException extends DomainException {

  public ForbiddenException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
