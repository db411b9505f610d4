// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A report's place as the public pages show it (ADR 0040). A report at a home address is shown
 * coarsened: its coordinates snapped to a grid of about 100 m, its house number cut from the
 * address text (the road, lane or landmark stays). Other places are shown as given.
 *
 * @param text the place's text, possibly empty
 * @param lat the latitude to show, {@code null} when none
 * @param lon the longitude to show, {@code null} when none
 * @param approximate whether it was coarsened
 */
record PublicPlace(String text, @Nullable Double lat, @Nullable Double lon, boolean approximate) {

  /** The grid of coarse places in degrees of latitude: 0.001° is about 111 m. */
  static final double GRID = 0.001;

  /** A house number and whatever follows it: 100號, 12-3號, 5之1號 5樓, 100 號前. */
  private static final Pattern CHINESE_NUMBER =
      Pattern.compile("\\s*[0-9０-９]+(\\s*[-－之]\\s*[0-9０-９]+)?\\s*[號号].*$");

  /** "No. 100," and the like, anywhere in an English address. */
  private static final Pattern ENGLISH_NUMBER =
      Pattern.compile("(?i)\\bNo\\.?\\s*[0-9]+([-/][0-9]+)?(\\s*,)?\\s*");

  /** A leading street number, "100 Jiaoxi Road" or "12-3, …". */
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[0-9]+([-/][0-9]+)?,?\\s+");

  /**
   * The place to show of a report at {@code text}, {@code lat}, {@code lon}; coarsened when {@code
   * home} (a report at a home address).
   */
  static PublicPlace of(String text, @Nullable Double lat, @Nullable Double lon, boolean home) {
    String shown = text == null ? "" : text.strip();
    if (!home) {
      return new PublicPlace(shown, lat, lon, false);
    }
    return new PublicPlace(
        withoutHouseNumber(shown),
        snapLat(lat),
        snapLon(lat, lon),
        lat != null || !shown.isEmpty());
  }

  /** {@code address} without its house number and what follows it. */
  static String withoutHouseNumber(String address) {
    String cut = CHINESE_NUMBER.matcher(address).replaceFirst("");
    cut = ENGLISH_NUMBER.matcher(cut).replaceAll("");
    cut = LEADING_NUMBER.matcher(cut).replaceFirst("");
    return cut.strip();
  }

  private static @Nullable Double snapLat(@Nullable Double lat) {
    return lat == null ? null : snap(lat, GRID);
  }

  /** Longitude on a grid as wide in metres as the latitude's: 0.001° / cos(latitude of the row). */
  private static @Nullable Double snapLon(@Nullable Double lat, @Nullable Double lon) {
    if (lat == null || lon == null) {
      return null;
    }
    // The row's own latitude, so that every point of a grid row has the same step.
    double step = GRID / Math.max(0.1, Math.cos(Math.toRadians(snap(lat, GRID))));
    return snap(lon, step);
  }

  private static double snap(double value, double step) {
    double snapped = Math.round(value / step) * step;
    return Math.round(snapped * 1e6) / 1e6;
  }
}
