// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A report at a home address shows the road, not the house, and a point within about 100 m of it,
 * never the point itself; a report elsewhere shows its place as given.
 */
class PublicPlaceTests {

  static final double METRES_PER_DEGREE = 111_320;

  @Test
  void theHouseNumberAndWhatFollowsItAreCutFromAChineseAddress() {
    assertThat(PublicPlace.withoutHouseNumber("宜蘭縣礁溪鄉礁溪路五段100號前")).isEqualTo("宜蘭縣礁溪鄉礁溪路五段");
    assertThat(PublicPlace.withoutHouseNumber("德陽村中山路二段12巷5之1號3樓")).isEqualTo("德陽村中山路二段12巷");
    assertThat(PublicPlace.withoutHouseNumber("鹽水區朝琴路 12-3 號")).isEqualTo("鹽水區朝琴路");
    assertThat(PublicPlace.withoutHouseNumber("礁溪國小側門")).isEqualTo("礁溪國小側門");
  }

  @Test
  void theHouseNumberIsCutFromAnEnglishAddress() {
    assertThat(PublicPlace.withoutHouseNumber("No. 100, Sec. 5, Jiaoxi Rd., Jiaoxi Township"))
        .isEqualTo("Sec. 5, Jiaoxi Rd., Jiaoxi Township");
    assertThat(PublicPlace.withoutHouseNumber("12-3 Chaoqin Road")).isEqualTo("Chaoqin Road");
  }

  @Test
  void aHomePointMovesToAGridOfAboutAHundredMetres() {
    double lat = 24.827_812;
    double lon = 121.774_536;

    PublicPlace shown = PublicPlace.of("礁溪路五段100號", lat, lon, true);

    assertThat(shown.approximate()).isTrue();
    assertThat(shown.lat()).isNotEqualTo(lat);
    double north = (shown.lat() - lat) * METRES_PER_DEGREE;
    double east = (shown.lon() - lon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
    assertThat(Math.hypot(north, east)).as("metres moved").isLessThan(80);
    // Every home near it lands on the same point: the grid hides which house it was.
    PublicPlace neighbour = PublicPlace.of("礁溪路五段102號", lat + 0.0001, lon + 0.0001, true);
    assertThat(neighbour.lat()).isCloseTo(shown.lat(), within(1e-9));
    assertThat(neighbour.lon()).isCloseTo(shown.lon(), within(1e-9));
    assertThat(shown.text()).isEqualTo("礁溪路五段");
  }

  @Test
  void aPlaceThatIsNoHomeIsShownAsGiven() {
    PublicPlace shown = PublicPlace.of("礁溪路五段100號前路燈", 24.827_812, 121.774_536, false);

    assertThat(shown.approximate()).isFalse();
    assertThat(shown.text()).isEqualTo("礁溪路五段100號前路燈");
    assertThat(shown.lat()).isEqualTo(24.827_812);
  }
}
