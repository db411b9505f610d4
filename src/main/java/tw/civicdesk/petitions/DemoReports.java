// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The demo's facility reports, petitions and letters as they would be filed: places in real streets
 * and villages of the township around its centre, spread over the past months, with a report now
 * and then that repeats the one before it a few metres away (a likely duplicate). Deterministic:
 * the same agency gives the same cases, so a demo database looks the same every time.
 */
final class DemoReports {

  /** The middle of a township, its county and district, and some of its streets. */
  record Township(String county, String district, double lat, double lon, List<String> streets) {}

  static final Map<String, Township> TOWNSHIPS =
      Map.of(
          "YILAN-JIAOXI",
          new Township(
              "宜蘭縣",
              "礁溪鄉",
              24.8270,
              121.7705,
              List.of(
                  "中山路一段", "中山路二段", "礁溪路四段", "礁溪路五段", "德陽路", "公園路", "仁愛路", "溫泉路", "大忠路", "健康路")),
          "TN-YANSHUI",
          new Township(
              "臺南市",
              "鹽水區",
              23.3195,
              120.2660,
              List.of("中正路", "朝琴路", "三福路", "中山路", "康樂路", "武廟路", "忠孝路", "育英路")));

  /** The demo facility categories by how often they are reported, most often first. */
  static final List<String> FACILITY_MIX =
      List.of(
          "street-light",
          "street-light",
          "street-light",
          "pothole",
          "pothole",
          "pothole",
          "drain",
          "drain",
          "litter",
          "litter",
          "fallen-tree");

  /** Petitioners of the demo; their e-mail addresses end in .invalid. */
  static final List<String> NAMES = List.of("林怡君", "陳志明", "王淑芬", "張家豪", "李美華", "黃俊傑", "吳佩珊", "蔡承翰");

  /** Every {@value #DUPLICATE_EVERY}th report repeats the one before it, a few metres away. */
  static final int DUPLICATE_EVERY = 12;

  /** How far back the demo's cases were received: about half a year. */
  static final int DAYS_BACK = 180;

  private DemoReports() {}

  /** {@code count} facility reports at {@code agency}, oldest first, given its villages. */
  static List<FilePetition> facilityReports(
      AgencyCode agency, Township town, List<String> villages, int count, LocalDate today) {
    Random random = new Random(agency.value().hashCode());
    List<FilePetition> reports = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate received = today.minusDays(daysBack(i, count));
      FilePetition previous = reports.isEmpty() ? null : reports.get(reports.size() - 1);
      reports.add(
          i % DUPLICATE_EVERY == DUPLICATE_EVERY - 1 && previous != null
              ? duplicate(previous, random, received, i)
              : report(agency, town, villages, random, received, i));
    }
    return reports;
  }

  /**
   * How many days before today the {@code i}th of {@code count} reports was received: spread over
   * {@value #DAYS_BACK} days, denser in the recent weeks (as a township's reports are once people
   * know the channel), the last ones within the last days.
   */
  static long daysBack(int i, int count) {
    double older = (double) (count - 1 - i) / count;
    return Math.round(DAYS_BACK * Math.pow(older, 1.6));
  }

  private static FilePetition report(
      AgencyCode agency,
      Township town,
      List<String> villages,
      Random random,
      LocalDate received,
      int i) {
    String category = FACILITY_MIX.get(random.nextInt(FACILITY_MIX.size()));
    String street = town.streets().get(random.nextInt(town.streets().size()));
    int number = 2 + random.nextInt(280);
    boolean atHome = category.equals("litter") && i % 5 == 0;
    Place place =
        new Place(
            town.county() + town.district() + street + " " + number + " 號" + (atHome ? "" : "前"),
            town.district(),
            villages.isEmpty() ? null : villages.get(random.nextInt(villages.size())),
            round(town.lat() + (random.nextDouble() - 0.5) * 0.03),
            round(town.lon() + (random.nextDouble() - 0.5) * 0.03),
            atHome);
    return facility(agency, category, place, i % 5 < 2 ? reporter(i) : null, received, i);
  }

  private static FilePetition duplicate(
      FilePetition previous, Random random, LocalDate received, int i) {
    Place p = previous.place();
    Place near =
        new Place(
            p.address(),
            p.district(),
            p.village(),
            p.lat() == null ? null : round(p.lat() + (random.nextDouble() - 0.5) * 0.0002),
            p.lon() == null ? null : round(p.lon() + (random.nextDouble() - 0.5) * 0.0002),
            p.atHome());
    LocalDate day = received.isBefore(previous.receivedOn()) ? previous.receivedOn() : received;
    return facility(previous.agency(), previous.category(), near, reporter(i), day, i);
  }

  private static FilePetition facility(
      AgencyCode agency,
      @Nullable String category,
      Place place,
      @Nullable Applicant applicant,
      LocalDate received,
      int i) {
    String what = subject(category == null ? "" : category);
    return new FilePetition(
        CaseKind.FACILITY_REPORT,
        i % 4 == 3 ? Channel.PHONE : Channel.ONLINE,
        agency,
        category,
        place,
        what,
        what + "，請儘速派員處理。地點：" + place.address(),
        applicant,
        Locale.TAIWAN,
        received,
        null,
        Map.of(),
        null);
  }

  /** A named petitioner, the same person for the same {@code n} (their contact marks repeats). */
  static Applicant named(int n) {
    return new Applicant(
        NAMES.get(n % NAMES.size()),
        null,
        "demo.petitioner" + n + "@example.invalid",
        "09" + (12_345_670 + n),
        null,
        Locale.TAIWAN,
        Applicant.NotifyBy.EMAIL);
  }

  /** The {@code i}th report's named reporter: a different person for every report. */
  static Applicant reporter(int i) {
    return new Applicant(
        NAMES.get(i % NAMES.size()),
        null,
        "demo.reporter" + i + "@example.invalid",
        null,
        null,
        Locale.TAIWAN,
        Applicant.NotifyBy.NONE);
  }

  static String subject(String category) {
    return switch (category) {
      case "street-light" -> "路燈不亮";
      case "pothole" -> "路面有坑洞";
      case "drain" -> "水溝阻塞積水";
      case "litter" -> "垃圾堆置髒亂";
      case "fallen-tree" -> "路樹傾倒擋住道路";
      default -> "公共設施損壞";
    };
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1_000_000d) / 1_000_000d;
  }
}
