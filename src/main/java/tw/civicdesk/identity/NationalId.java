// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A Taiwanese personal identifier: the national ID (國民身分證統一編號, {@code [A-Z][12]\d{8}}) or a
 * resident certificate / UI number (統一證號) in the old format ({@code [A-Z][A-D]\d{8}}) or the format
 * issued from January 2021 ({@code [A-Z][89]\d{8}}).
 *
 * <p>Check (DOMAIN.md §8): the first letter has a two-digit value (A10 … H17, I34, J18 … N22, O35,
 * P23 … V29, W32, X30, Y31, Z33) split into tens {@code t} and units {@code u}; an old-format
 * second letter counts as the units digit of its own value (A→0, B→1, C→2, D→3). The number is
 * valid when {@code t·1 + u·9 + d1·8 + d2·7 + … + d8·1 + d9·1 ≡ 0 (mod 10)}. Letters no longer
 * issued (L, R, S, Y) are still accepted, since older numbers carry them.
 *
 * <p>Every instance is valid and in canonical form (ten ASCII characters, upper case): the
 * constructor checks it. Use {@link #parse} for text typed by people.
 *
 * <p><strong>Personal data.</strong> {@link #value()} is the raw number and must not reach public
 * pages, open data or logs; show {@link #masked()} there. {@link #toString()} returns the masked
 * form, so that string concatenation and log lines never leak the number by accident.
 *
 * @param value the raw number in canonical form; personal data
 */
public record NationalId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][12A-D89][0-9]{8}");

  /** Letter values A…Z, from the household-registration area table. */
  private static final int[] LETTER_VALUES = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
    22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33
  };

  /** Weights of d1 … d9, after t·1 + u·9 for the letter. */
  private static final int[] DIGIT_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1, 1};

  private static final int MASKED_LENGTH = 4;

  /** Longer input is refused unread: no amount of padding makes a ten-character number. */
  private static final int MAX_RAW_LENGTH = 64;

  /** Which kind of identifier a number is, told by its second character. */
  public enum Kind {
    /** 國民身分證統一編號: second character 1 (male) or 2 (female). */
    NATIONAL_ID,
    /** 統一證號, format before 2021: second character a letter A–D. */
    RESIDENT_OLD,
    /** 統一證號, format from January 2021: second character 8 (male) or 9 (female). */
    RESIDENT_NEW
  }

  /**
   * Checks a number already in canonical form.
   *
   * @throws InvalidNationalId with key {@link InvalidNationalId#FORMAT} when {@code value} is
   *     {@code null} or not ten characters of the right shape (lower case and spaces count as the
   *     wrong shape here), or {@link InvalidNationalId#CHECKSUM} when the check digit is wrong
   */
  public NationalId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw InvalidNationalId.format();
    }
    if (checksum(value) % 10 != 0) {
      throw InvalidNationalId.checksum();
    }
  }

  /**
   * Reads a number as people type it: surrounding spaces are removed, full-width characters become
   * half-width (Unicode NFKC, so {@code Ａ１２３…} and ideographic spaces are understood) and letters
   * become upper case.
   *
   * @param raw the text typed; may be {@code null}
   * @return the identifier, in canonical form
   * @throws InvalidNationalId with key {@link InvalidNationalId#FORMAT} for a text of the wrong
   *     shape (including {@code null} and blank), {@link InvalidNationalId#CHECKSUM} for a wrong
   *     check digit; the exception never contains the text
   */
  public static NationalId parse(String raw) {
    if (raw == null) {
      throw InvalidNationalId.format();
    }
    return new NationalId(canonical(raw));
  }

  /**
   * Whether {@link #parse} would accept {@code raw}. Never throws.
   *
   * @param raw the text typed; may be {@code null}
   */
  public static boolean isValid(String raw) {
    if (raw == null) {
      return false;
    }
    String candidate = canonical(raw);
    return SHAPE.matcher(candidate).matches() && checksum(candidate) % 10 == 0;
  }

  /** The kind of identifier, from the second character. */
  public Kind kind() {
    char second = value.charAt(1);
    if (second == '1' || second == '2') {
      return Kind.NATIONAL_ID;
    }
    return second == '8' || second == '9' ? Kind.RESIDENT_NEW : Kind.RESIDENT_OLD;
  }

  /**
   * The raw number, e.g. {@code A123456789}. This is personal data: use it only where the full
   * number is needed (matching, storage), never on public pages, in open data or in logs.
   */
  @Override
  public String value() {
    return value;
  }

  /**
   * The number with its last four characters replaced by {@code *}, e.g. {@code A12345****} (國發會
   * 103.12.31 發資字第1031501471號). Safe for public pages and logs.
   */
  public String masked() {
    return value.substring(0, value.length() - MASKED_LENGTH) + "*".repeat(MASKED_LENGTH);
  }

  /** The {@linkplain #masked() masked} number, never the raw one. */
  @Override
  public String toString() {
    return masked();
  }

  private static String canonical(String raw) {
    if (raw.length() > MAX_RAW_LENGTH) {
      return "";
    }
    String halfWidth = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    StringBuilder upper = new StringBuilder(halfWidth.length());
    halfWidth
        .chars()
        .map(c -> c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)
        .forEach(c -> upper.append((char) c));
    return upper.toString();
  }

  /** The weighted sum; assumes {@link #SHAPE} has matched. */
  private static int checksum(String value) {
    int letter = LETTER_VALUES[value.charAt(0) - 'A'];
    int sum = letter / 10 + letter % 10 * 9;
    for (int i = 1; i < value.length(); i++) {
      sum += digitAt(value, i) * DIGIT_WEIGHTS[i - 1];
    }
    return sum;
  }

  /** The digit at {@code index}; an old-format letter counts as the units of its value. */
  private static int digitAt(String value, int index) {
    char c = value.charAt(index);
    return c >= 'A' && c <= 'Z' ? LETTER_VALUES[c - 'A'] % 10 : c - '0';
  }
}
