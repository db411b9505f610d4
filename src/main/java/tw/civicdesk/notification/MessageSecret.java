// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * A secret a message carries — a verification code, a link's token, a confirmation code — that the
 * outbox must not keep in clear (ADR 0028). The message is rendered with {@link #PLACEHOLDER} where
 * the secret goes, and the dispatcher puts the secret in when it sends: a verification code is
 * derived again from its case number, a one-time secret is kept beside the message only while it
 * waits, and dropped once it is sent, given up or past its validity.
 */
public sealed interface MessageSecret {

  /**
   * What a caller writes into a message's arguments or link where the secret goes. It passes
   * through HTML and text templates, message formats and URLs unchanged.
   */
  String PLACEHOLDER = "{{secret}}";

  /** The verification code of case {@code caseNumber}, derived when the message is sent. */
  static MessageSecret verificationCodeOf(String caseNumber) {
    return new VerificationCode(caseNumber);
  }

  /**
   * A random secret (a link's token, a six-digit code) valid for {@code validFor} from queueing: a
   * message not sent by then is given up ({@code FAILED}, {@code SecretExpired}).
   */
  static MessageSecret oneTime(String value, Duration validFor) {
    return new OneTime(value, validFor);
  }

  /** The verification code of a case. */
  record VerificationCode(String caseNumber) implements MessageSecret {
    public VerificationCode {
      Objects.requireNonNull(caseNumber, "caseNumber");
    }
  }

  /** A random secret; {@link #toString()} withholds it. */
  record OneTime(String value, Duration validFor) implements MessageSecret {
    public OneTime {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(validFor, "validFor");
      if (value.isEmpty() || value.contains(PLACEHOLDER)) {
        throw new IllegalArgumentException("A secret is a non-empty text");
      }
    }

    @Override
    public String toString() {
      return "OneTime[withheld, valid " + validFor + "]";
    }
  }
}
