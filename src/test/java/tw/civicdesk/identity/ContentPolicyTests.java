// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.petitions.PetitionSiteSettings;
import tw.civicdesk.platform.security.ContentPolicySources;

/**
 * The content policy lets images come from the map's tile server and from nowhere else outside the
 * site; scripts and styles stay the site's own; a published source that is not a bare origin stops
 * the start instead of slipping a directive in.
 */
class ContentPolicyTests {

  static PetitionSiteSettings tiles(String url) {
    return new PetitionSiteSettings(
        url, "© OpenStreetMap contributors", 10, 20, 30, DataSize.ofMegabytes(8));
  }

  static ContentPolicySources of(PetitionSiteSettings settings) {
    return () -> settings.tileOrigin().stream().toList();
  }

  @Test
  void theTileServersOriginIsAddedToImagesOnly() {
    String policy =
        SecurityConfiguration.contentPolicy(List.of(of(tiles(PetitionSiteSettings.OPENSTREETMAP))));

    assertThat(policy)
        .contains("img-src 'self' data: https://tile.openstreetmap.org;")
        .contains("default-src 'self';")
        .doesNotContain("script-src", "style-src", "unsafe-inline");
  }

  @Test
  void aTemplatedSubdomainBecomesAWildcardAndAPortStays() {
    assertThat(tiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png").tileOrigin())
        .contains("https://*.tiles.example.org");
    assertThat(tiles("http://maps.example.gov.tw:8443/t/{z}/{x}/{y}.png").tileOrigin())
        .contains("http://maps.example.gov.tw:8443");
  }

  @Test
  void tilesOfTheSiteItselfOrNoMapAddNothing() {
    assertThat(tiles("/tiles/{z}/{x}/{y}.png").tileOrigin()).isEmpty();
    assertThat(tiles("-").tileOrigin()).isEmpty();
    assertThat(tiles("-").mapsOn()).isFalse();
    assertThat(SecurityConfiguration.contentPolicy(List.of(of(tiles("-")))))
        .contains("img-src 'self' data:;");
  }

  @Test
  void aSourceThatIsNoBareOriginIsRefused() {
    ContentPolicySources injected = () -> List.of("https://evil.example; script-src *");

    assertThatThrownBy(() -> SecurityConfiguration.contentPolicy(List.of(injected)))
        .isInstanceOf(IllegalStateException.class);
  }
}
