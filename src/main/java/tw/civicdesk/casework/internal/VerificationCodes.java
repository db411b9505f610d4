// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.CaseNumber;

/**
 * The verification code (查詢碼) printed on a receipt, which together with the case number lets anyone
 * holding the receipt track the case. A code is derived, not stored: eight characters of
 * HMAC-SHA256 over the case number under a 256-bit secret made once per installation from a {@link
 * SecureRandom} and kept in the database. So the same receipt can be shown again (an idempotent
 * replay, a reprint at the counter) without the code being kept anywhere in the clear, and nobody
 * without the secret can compute one. Eight characters from a 31-letter alphabet without
 * look-alikes (no 0/O, 1/I/L) give about 40 bits; guessing is throttled by tracking.
 */
@Component
public class VerificationCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private volatile byte[] secret;

  VerificationCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The code of {@code number}; always the same for the same case. */
  public String codeFor(CaseNumber number) {
    return codeFor(secret(), number);
  }

  /** Whether {@code code} (any case, spaces ignored) is the code of {@code number}. */
  public boolean matches(CaseNumber number, String code) {
    return matches(secret(), number, code);
  }

  /** The code of {@code number} under {@code secret}: the derivation itself, pure. */
  static String codeFor(byte[] secret, CaseNumber number) {
    byte[] mac = hmac(secret, number.value());
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(Byte.toUnsignedInt(mac[i]) % ALPHABET.length()));
    }
    return code.toString();
  }

  /**
   * Whether {@code code} is {@code number}'s code under {@code secret}, compared in constant time
   * after removing spaces and upper-casing; never throws for any text.
   */
  static boolean matches(byte[] secret, CaseNumber number, String code) {
    String given = code.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    return MessageDigest.isEqual(
        codeFor(secret, number).getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] hmac(byte[] secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private byte[] secret() {
    byte[] known = secret;
    if (known == null) {
      // Made once, in a transaction of its own: callers may be in read-only ones.
      known =
          ownTransaction.execute(
              status -> {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                jdbc.sql(
                        "insert into casework_secret (id, secret) values (1, ?) on conflict do nothing")
                    .param(fresh)
                    .update();
                return jdbc.sql("select secret from casework_secret where id = 1")
                    .query(byte[].class)
                    .single();
              });
      secret = known;
    }
    return known;
  }
}
