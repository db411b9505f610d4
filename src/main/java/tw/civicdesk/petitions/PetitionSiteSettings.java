// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of the public pages of petitions and facility reports (ADR 0040).
 *
 * @param mapTiles {@code civicdesk.petitions.map-tiles}: the tile server of the maps, a Leaflet URL
 *     template with {@code {z}}, {@code {x}} and {@code {y}} (and optionally {@code {s}}), on
 *     {@code https://} or {@code http://}, or a path on this site starting with {@code /}; {@code
 *     -} turns the maps off (default OpenStreetMap's public tiles). Its origin is added to the
 *     content policy's {@code img-src}.
 * @param mapAttribution {@code civicdesk.petitions.map-attribution}: the credit the tile server's
 *     terms require, shown as text on every map (default {@code © OpenStreetMap contributors})
 * @param anonymousPerHour {@code civicdesk.petitions.anonymous-per-hour}: petitions and reports one
 *     client address may file an hour through the public form (default 10; ADR 0024); the limit of
 *     the door {@value #FILING_DOOR}
 * @param followsPerHour {@code civicdesk.petitions.follows-per-hour}: "me too" follows one client
 *     address may send an hour (default 20); the limit of the door {@value #FOLLOW_DOOR}
 * @param recentDays {@code civicdesk.petitions.recent-days}: how long a fixed or closed report
 *     stays on the public list and map after it was closed (default 30 days)
 * @param photoMaxSize {@code civicdesk.petitions.photo-max-size}: the largest photo accepted,
 *     before it is written anew (default 8MB; at most the multipart limit {@code
 *     spring.servlet.multipart.max-file-size}, 11MB)
 */
@ConfigurationProperties("civicdesk.petitions")
@Validated
public record PetitionSiteSettings(
    @DefaultValue(OPENSTREETMAP)
        @NotNull
        @Pattern(
            regexp = "-|(https?://[A-Za-z0-9.{}-]+(:[0-9]{1,5})?|)/[^\\s\"'<>]*",
            message = "must be - or a tile URL (https://host/{z}/{x}/{y}.png) or a path")
        String mapTiles,
    @DefaultValue("© OpenStreetMap contributors") @NotNull @Size(max = 200) String mapAttribution,
    @DefaultValue("10") @Positive int anonymousPerHour,
    @DefaultValue("20") @Positive int followsPerHour,
    @DefaultValue("30") @Positive int recentDays,
    @DefaultValue("8MB") @NotNull @PositiveSize DataSize photoMaxSize) {

  /** OpenStreetMap's public tile server. */
  public static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  /** The anonymous door of filing through the public form ({@code @AnonymousLimit}). */
  public static final String FILING_DOOR = "petitions";

  /** Photos one report may carry. */
  public static final int MAX_PHOTOS = 3;

  /** The anonymous door of "me too" follows ({@code @AnonymousLimit}). */
  public static final String FOLLOW_DOOR = "petition-follows";

  /** Whether the pages show maps at all. */
  public boolean mapsOn() {
    return !"-".equals(mapTiles);
  }

  /**
   * The origin of the tile server for the content policy, with {@code *} for a templated first
   * label ({@code https://{s}.tile.example.org} → {@code https://*.tile.example.org}); empty when
   * the maps are off or the tiles come from this site.
   */
  public Optional<String> tileOrigin() {
    if (!mapsOn() || mapTiles.startsWith("/")) {
      return Optional.empty();
    }
    int hostStart = mapTiles.indexOf("://") + 3;
    int hostEnd = mapTiles.indexOf('/', hostStart);
    String host = mapTiles.substring(hostStart, hostEnd < 0 ? mapTiles.length() : hostEnd);
    host = host.replaceAll("^\\{[a-z]+\\}\\.", "*.");
    if (host.contains("{")) {
      throw new IllegalStateException("Only the first label of the tile host may be templated");
    }
    return Optional.of(mapTiles.substring(0, hostStart).toLowerCase(Locale.ROOT) + host);
  }
}
