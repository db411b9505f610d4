// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Base of every exception a module throws for a rule a user can act on. It carries a message key
 * (resolved in {@code messages_*.properties}) and its arguments; the web layer maps the subclass
 * family ({@link NotFoundException}, {@link ConflictException}, {@link InvalidInputException}) to
 * an HTTP status and an RFC 9457 problem {@code type} derived from the key.
 */
public abstract class DomainException extends RuntimeException {

  private final String messageKey;
  private final Object[] arguments;
  private @Nullable String field;

  protected DomainException(String messageKey, Object... arguments) {
    this(messageKey, messageKey, arguments);
  }

  /**
   * @param detail an English description for logs and developers; never shown to users and never
   *     containing personal data
   */
  protected DomainException(String messageKey, String detail, Object... arguments) {
    super(detail);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The message key, e.g. {@code organisation.agency.not-found}; also the problem type slug. */
  public String messageKey() {
    return messageKey;
  }

  /**
   * The form field this error is about, so that a page shows it next to that field; {@code null}
   * (or blank) for an error about the whole request.
   */
  public @Nullable String field() {
    return field;
  }

  /** Ties this error to one form field; for subclass constructors. */
  protected final void onField(String field) {
    this.field = field;
  }

  /** Arguments for the message, never {@code null}. */
  public Object[] messageArguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }
}
