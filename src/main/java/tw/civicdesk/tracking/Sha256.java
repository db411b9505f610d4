// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digest tracking stores instead of an address, a token or a code. */
final class Sha256 {

  private Sha256() {}

  /** The digest of {@code text} (UTF-8) in lower-case hex. */
  static String hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether {@code text}'s digest is {@code hex}, compared in constant time. */
  static boolean matches(String text, String hex) {
    return MessageDigest.isEqual(
        hex(text).getBytes(StandardCharsets.US_ASCII), hex.getBytes(StandardCharsets.US_ASCII));
  }
}
