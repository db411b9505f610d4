// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a case is about: an address, a district (鄉鎮市區) and village (村里), and coordinates (WGS 84).
 * Any part may be missing; a facility report needs an address or coordinates.
 *
 * @param atHome whether the place is someone's home: its public form then drops the house number
 *     and rounds the coordinates ({@link #publicForm()})
 */
public record Place(
    @Nullable String address,
    @Nullable String district,
    @Nullable String village,
    @Nullable Double lat,
    @Nullable Double lon,
    boolean atHome) {

  /** Decimal places kept of a home's coordinates: 3, about 100 m. */
  static final int HOME_DECIMALS = 3;

  private static final Pattern HOUSE_NUMBER =
      Pattern.compile("(?:\\d+|[０-９]+|[一二三四五六七八九十百]+)\\s*(?:之\\s*\\d+\\s*)?(?:號|号|樓|楼|室).*$");

  private static final Pattern NUMBER_EN = Pattern.compile("^\\s*(?:No\\.\\s*)?\\d+[\\w-]*,?\\s*");

  /** No place at all. */
  public static Place none() {
    return new Place(null, null, null, null, null, false);
  }

  /** Whether coordinates were given. */
  public boolean located() {
    return lat != null && lon != null;
  }

  /** Whether an address or coordinates were given. */
  public boolean given() {
    return located() || (address != null && !address.isBlank());
  }

  /**
   * The place as the public may see it: unchanged unless {@link #atHome()}, else without the house
   * number, floor and room (中山路二段100號3樓 → 中山路二段; "100 Zhongshan Rd." → "Zhongshan Rd.") and with
   * coordinates rounded to {@value #HOME_DECIMALS} decimals.
   */
  public Place publicForm() {
    if (!atHome) {
      return this;
    }
    String street = address == null ? null : stripNumber(address);
    return new Place(street, district, village, round(lat), round(lon), true);
  }

  static String stripNumber(String address) {
    String zh = HOUSE_NUMBER.matcher(address.strip()).replaceFirst("").strip();
    return NUMBER_EN.matcher(zh).replaceFirst("").strip();
  }

  private static @Nullable Double round(@Nullable Double degrees) {
    return degrees == null
        ? null
        : BigDecimal.valueOf(degrees).setScale(HOME_DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }
}
