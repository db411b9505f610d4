// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How an agency masks personal data (個人資料遮罩) on public pages, in open data and in logs (DOMAIN.md
 * §8). Each method shows at most what its rule allows and never more; when a text does not fit the
 * rule's expectations, the method masks more, not less. Every method taking text accepts {@code
 * null} and blank text and then returns the empty string. Characters are counted as Unicode code
 * points, so a name with a character outside the Basic Multilingual Plane (such as 𠀋) is masked
 * character by character like any other.
 *
 * <p>Only the name style varies between agencies; identifiers always lose their last four
 * characters (國發會 103.12.31 發資字第1031501471號), phone numbers their middle digits and addresses
 * everything after the road or lane.
 *
 * @param nameStyle how names are masked; must not be {@code null}
 */
public record MaskPolicy(NameStyle nameStyle) {

  /** The common style, 王○明. */
  public static final MaskPolicy DEFAULT = new MaskPolicy(NameStyle.KEEP_FIRST_LAST);

  /** The mask for one character of a name: ○ (U+25CB WHITE CIRCLE). */
  public static final String NAME_MASK = "\u25CB";

  private static final String ELLIPSIS = "\u2026";
  private static final List<String> ROAD_MARKERS = List.of("路", "街", "大道", "巷");
  private static final List<String> AREA_MARKERS = List.of("段", "村", "里");
  private static final int ADDRESS_FALLBACK_LENGTH = 6;
  private static final int PHONE_HEAD = 4;
  private static final int PHONE_TAIL = 3;
  private static final int PHONE_MIN_MASKED = 3;

  /** From this many digits on, a phone number keeps a head and a tail. */
  private static final int PHONE_LONG = 7;

  /** How much of a name stays visible. */
  public enum NameStyle {
    /** The first and the last character stay: 王小明 → 王○明, 歐陽小明 → 歐○○明, 王明 → 王○. */
    KEEP_FIRST_LAST,
    /** Only the first character stays (Taipei's SOP): 王小明 → 王○○, 歐陽小明 → 歐○○○. */
    SURNAME_ONLY
  }

  /**
   * Checks the policy.
   *
   * @throws NullPointerException when {@code nameStyle} is {@code null}
   */
  public MaskPolicy {
    Objects.requireNonNull(nameStyle, "nameStyle");
  }

  /**
   * Masks a person's name.
   *
   * <ul>
   *   <li>A name with any Latin-script letter keeps only its first letter, upper-cased, and a
   *       period, in both styles: {@code John Smith} → {@code J.}.
   *   <li>Any other name (Chinese, Japanese, …) keeps, per {@link #nameStyle()}, its first and
   *       last, or only its first character, and shows ○ for each other character, so the length
   *       stays visible: 王小明 → 王○明 or 王○○. A two-character name keeps only its first character (王明
   *       → 王○); a one-character name is fully masked (○). Compound surnames are not recognised:
   *       歐陽小明 → 歐○○○ under {@link NameStyle#SURNAME_ONLY}.
   * </ul>
   *
   * @param fullName the name; surrounding spaces are ignored
   * @return the masked name, or {@code ""} for {@code null} or blank
   */
  public String name(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    int[] characters = fullName.strip().codePoints().toArray();
    if (isLatin(characters)) {
      return initial(characters);
    }
    int length = characters.length;
    if (length == 1) {
      return NAME_MASK;
    }
    boolean keepLast = nameStyle == NameStyle.KEEP_FIRST_LAST && length >= 3;
    StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
    masked.append(NAME_MASK.repeat(length - (keepLast ? 2 : 1)));
    if (keepLast) {
      masked.appendCodePoint(characters[length - 1]);
    }
    return masked.toString();
  }

  /**
   * Masks a national ID or resident certificate number: the last four characters become {@code *}
   * (e.g. {@code A12345****}), whatever the policy.
   *
   * @param id the identifier; must not be {@code null}
   */
  public String nationalId(NationalId id) {
    return id.masked();
  }

  /**
   * Masks a phone number digit by digit and leaves every other character (spaces, hyphens,
   * brackets, {@code +}) where it is. With seven digits or more, the last three digits stay and so
   * do the first four, but never so many that fewer than three digits are masked: {@code
   * 0912-345-678} → {@code 0912-***-678}, {@code 03-9876543} → {@code 03-9***543}, {@code 1234567}
   * → {@code 1***567}. With three to six digits only the last two stay ({@code 12345} → {@code
   * ***45}); one or two digits are masked entirely.
   *
   * @param phone the number as written
   * @return the masked number, or {@code ""} for {@code null} or blank
   */
  public String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return "";
    }
    int[] characters = phone.strip().codePoints().toArray();
    int digits = (int) Arrays.stream(characters).filter(Character::isDigit).count();
    boolean isLong = digits >= PHONE_LONG;
    int tail = isLong ? PHONE_TAIL : digits > 2 ? 2 : 0;
    int head = isLong ? Math.min(PHONE_HEAD, digits - PHONE_TAIL - PHONE_MIN_MASKED) : 0;
    StringBuilder masked = new StringBuilder();
    int seen = 0;
    for (int c : characters) {
      if (!Character.isDigit(c)) {
        masked.appendCodePoint(c);
        continue;
      }
      boolean visible = seen < head || seen >= digits - tail;
      masked.appendCodePoint(visible ? c : '*');
      seen++;
    }
    return masked.toString();
  }

  /**
   * Masks an e-mail address: the first character of the local part, {@code ***@} and the domain
   * ({@code wang.xiaoming@example.tw} → {@code w***@example.tw}). Text without a local part or a
   * domain becomes {@code ***}.
   *
   * @param email the address as written
   * @return the masked address, or {@code ""} for {@code null} or blank
   */
  public String email(String email) {
    if (email == null || email.isBlank()) {
      return "";
    }
    String address = email.strip();
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      return "***";
    }
    return Character.toString(address.codePointAt(0)) + "***@" + address.substring(at + 1);
  }

  /**
   * Truncates an address to its road or lane. The text is cut after the first 路, 街, 大道 or 巷,
   * whichever comes first, keeping that marker; the section (段), lane, number and floor after it
   * are dropped too ({@code 宜蘭縣礁溪鄉中山路二段123號5樓} → {@code 宜蘭縣礁溪鄉中山路}). Without any of these, the text
   * is cut after the first 段, 村 or 里. Without those either, at most the first six characters stay,
   * ending before the first digit that follows a non-digit (so a leading postal code may stay but a
   * house number may not), followed by … when anything was dropped.
   *
   * <p>A marker inside a place name cuts early (高雄市路竹區… → 高雄市路); that shows less, never more.
   *
   * @param address the address as written
   * @return the truncated address, or {@code ""} for {@code null} or blank
   */
  public String address(String address) {
    if (address == null || address.isBlank()) {
      return "";
    }
    String text = address.strip();
    int cut = endOfFirst(text, ROAD_MARKERS);
    if (cut < 0) {
      cut = endOfFirst(text, AREA_MARKERS);
    }
    if (cut >= 0) {
      return text.substring(0, cut);
    }
    int end = fallbackEnd(text);
    return end == text.length() ? text : text.substring(0, end) + ELLIPSIS;
  }

  private static boolean isLatin(int[] characters) {
    for (int c : characters) {
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  private static String initial(int[] characters) {
    for (int c : characters) {
      if (Character.isLetter(c)) {
        return Character.toString(Character.toUpperCase(c)) + ".";
      }
    }
    return "";
  }

  /** The index just after the earliest marker found, or -1. */
  private static int endOfFirst(String text, List<String> markers) {
    int best = -1;
    int bestEnd = -1;
    for (String marker : markers) {
      int at = text.indexOf(marker);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        bestEnd = at + marker.length();
      }
    }
    return bestEnd;
  }

  /** At most six code points, stopping before a digit that follows a non-digit. */
  private static int fallbackEnd(String text) {
    int index = 0;
    int count = 0;
    boolean seenNonDigit = false;
    while (index < text.length() && count < ADDRESS_FALLBACK_LENGTH) {
      int c = text.codePointAt(index);
      if (Character.isDigit(c) && seenNonDigit) {
        break;
      }
      seenNonDigit |= !Character.isDigit(c);
      index += Character.charCount(c);
      count++;
    }
    return index;
  }
}
