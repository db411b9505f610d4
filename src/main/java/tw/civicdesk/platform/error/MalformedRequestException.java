// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/**
 * A request that is malformed before any rule of the domain is asked (400): a text with a character
 * no field takes, a value longer than allowed, a page size beyond its cap.
 */
public class MalformedRequestException extends DomainException {

  public MalformedRequestException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  /** The same error, shown next to {@code field} on a form and named in the problem. */
  public MalformedRequestException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    onField(field);
  }
}
