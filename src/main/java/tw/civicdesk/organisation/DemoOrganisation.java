// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static tw.civicdesk.organisation.AgencyType.DISTRICT_OFFICE;
import static tw.civicdesk.organisation.AgencyType.GOVERNMENT_DEPARTMENT;
import static tw.civicdesk.organisation.AgencyType.HEALTH_CENTRE;
import static tw.civicdesk.organisation.AgencyType.HOUSEHOLD_REGISTRATION_OFFICE;
import static tw.civicdesk.organisation.AgencyType.LOCAL_GOVERNMENT;
import static tw.civicdesk.organisation.AgencyType.TOWNSHIP_OFFICE;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The demo organisation: the five agencies whose service-quality plans CivicDesk comes from ({@code
 * shared/seeds/}), named as the plans name them, with their parents and the units the plans name.
 * Addresses, phones and people are illustrative.
 */
final class DemoOrganisation {

  /** The one password of every demo account (demo profile only). */
  static final String PASSWORD = "CivicDesk-demo-2026";

  private DemoOrganisation() {}

  record DemoAgency(
      String code,
      @Nullable String parent,
      String zh,
      String en,
      AgencyType type,
      String addressZh,
      String addressEn,
      String phone,
      List<DemoUnit> units) {}

  record DemoUnit(String code, String zh, String en, UnitKind kind) {}

  /** A demo account: {@code prefix + "." + suffix} in {@code agency}. */
  record DemoStaff(
      String username,
      String displayName,
      String agency,
      @Nullable String unit,
      List<Role> roles) {}

  static final String HOURS_ZH = "週一至週五 08:00–17:00（中午不休息）";
  static final String HOURS_EN = "Monday to Friday 08:00–17:00 (open at noon)";

  static List<DemoAgency> agencies() {
    return java.util.stream.Stream.of(yilan(), kaohsiung(), tainan(), hsinchu(), changhua())
        .flatMap(List::stream)
        .toList();
  }

  /** The sections and offices both Yilan townships have. */
  private static final List<DemoUnit> YILAN_TOWNSHIP_UNITS =
      List.of(
          new DemoUnit("CIVIL", "民政課", "Civil Affairs Section", UnitKind.SECTION),
          new DemoUnit("SOCIAL", "社會課", "Social Affairs Section", UnitKind.SECTION),
          new DemoUnit("ADMIN", "行政室", "Administration Office", UnitKind.OFFICE),
          new DemoUnit("CLEANING", "清潔隊", "Sanitation Team", UnitKind.TEAM));

  private static List<DemoAgency> yilan() {
    return List.of(
        new DemoAgency(
            "YILAN-COUNTY",
            null,
            "宜蘭縣政府",
            "Yilan County Government",
            LOCAL_GOVERNMENT,
            "宜蘭縣宜蘭市縣政北路1號",
            "No. 1, Xianzheng N. Rd., Yilan City",
            "03-925-1000",
            List.of()),
        jiaoxi(),
        // Not a seed agency: a second township, so the county's overview compares two.
        new DemoAgency(
            "YILAN-TOUCHENG",
            "YILAN-COUNTY",
            "宜蘭縣頭城鎮公所",
            "Toucheng Township Office, Yilan County",
            TOWNSHIP_OFFICE,
            "宜蘭縣頭城鎮",
            "Toucheng Township, Yilan County",
            "03-977-0000",
            YILAN_TOWNSHIP_UNITS));
  }

  private static DemoAgency jiaoxi() {
    List<DemoUnit> units = new ArrayList<>(YILAN_TOWNSHIP_UNITS);
    // The township's nursery and library (the plan's 實施對象); no kind fits better.
    units.add(new DemoUnit("NURSERY", "鄉立托兒所", "Township Nursery", UnitKind.OFFICE));
    units.add(new DemoUnit("LIBRARY", "鄉立圖書館", "Township Library", UnitKind.OFFICE));
    return new DemoAgency(
        "YILAN-JIAOXI",
        "YILAN-COUNTY",
        "宜蘭縣礁溪鄉公所",
        "Jiaoxi Township Office, Yilan County",
        TOWNSHIP_OFFICE,
        "宜蘭縣礁溪鄉礁溪路四段",
        "Sec. 4, Jiaoxi Rd., Jiaoxi Township, Yilan County",
        "03-988-0000",
        List.copyOf(units));
  }

  private static List<DemoAgency> kaohsiung() {
    return List.of(
        new DemoAgency(
            "KAOHSIUNG-COUNTY",
            null,
            "高雄縣政府",
            "Kaohsiung County Government",
            LOCAL_GOVERNMENT,
            "高雄縣鳳山市光復路二段",
            "Sec. 2, Guangfu Rd., Fengshan City",
            "07-740-0000",
            List.of()),
        new DemoAgency(
            "KH-FENGSHAN-HR1",
            "KAOHSIUNG-COUNTY",
            "高雄縣鳳山市第一戶政事務所",
            "Fengshan First Household Registration Office, Kaohsiung County",
            HOUSEHOLD_REGISTRATION_OFFICE,
            "高雄縣鳳山市中山路",
            "Zhongshan Rd., Fengshan City",
            "07-746-0000",
            List.of(
                new DemoUnit("DESK-1", "一股", "First Desk", UnitKind.DESK),
                new DemoUnit("DESK-2", "二股", "Second Desk", UnitKind.DESK),
                new DemoUnit("DESK-3", "三股", "Third Desk", UnitKind.DESK))));
  }

  private static List<DemoAgency> tainan() {
    return List.of(
        new DemoAgency(
            "TAINAN-CITY",
            null,
            "臺南市政府",
            "Tainan City Government",
            LOCAL_GOVERNMENT,
            "臺南市安平區永華路二段6號",
            "No. 6, Sec. 2, Yonghua Rd., Tainan",
            "06-299-1111",
            List.of()),
        new DemoAgency(
            "TN-YANSHUI",
            "TAINAN-CITY",
            "臺南市鹽水區公所",
            "Yanshui District Office, Tainan City",
            DISTRICT_OFFICE,
            "臺南市鹽水區朝琴路",
            "Chaoqin Rd., Yanshui District, Tainan",
            "06-652-0000",
            List.of(
                new DemoUnit("SOCIAL", "社會課", "Social Affairs Section", UnitKind.SECTION),
                new DemoUnit(
                    "AGRI-WORKS",
                    "農業及建設課",
                    "Agriculture and Public Works Section",
                    UnitKind.SECTION),
                new DemoUnit("CLEANING", "清潔隊", "Sanitation Team", UnitKind.TEAM),
                new DemoUnit("LIBRARY", "圖書館", "Library", UnitKind.OFFICE))));
  }

  private static List<DemoAgency> hsinchu() {
    return List.of(
        new DemoAgency(
            "HSINCHU-CITY",
            null,
            "新竹市政府",
            "Hsinchu City Government",
            LOCAL_GOVERNMENT,
            "新竹市中正路120號",
            "No. 120, Zhongzheng Rd., Hsinchu",
            "03-521-6121",
            List.of()),
        new DemoAgency(
            "HC-EAST-HEALTH",
            "HSINCHU-CITY",
            "新竹市東區衛生所",
            "East District Health Centre, Hsinchu City",
            HEALTH_CENTRE,
            "新竹市東區",
            "East District, Hsinchu",
            "03-523-0000",
            // The plan names no units; these two are illustrative, so that services and unit
            // heads have a unit to belong to.
            List.of(
                new DemoUnit("ADMIN", "行政組", "Administration Group", UnitKind.GROUP),
                new DemoUnit("HEALTH", "保健組", "Health Services Group", UnitKind.GROUP))));
  }

  private static List<DemoAgency> changhua() {
    return List.of(
        new DemoAgency(
            "CHANGHUA-COUNTY",
            null,
            "彰化縣政府",
            "Changhua County Government",
            LOCAL_GOVERNMENT,
            "彰化縣彰化市中山路二段416號",
            "No. 416, Sec. 2, Zhongshan Rd., Changhua",
            "04-722-2151",
            List.of()),
        new DemoAgency(
            "CH-PLANNING",
            "CHANGHUA-COUNTY",
            "彰化縣政府計畫處",
            "Department of Planning, Changhua County Government",
            GOVERNMENT_DEPARTMENT,
            "彰化縣彰化市中山路二段416號",
            "No. 416, Sec. 2, Zhongshan Rd., Changhua",
            "04-722-2151",
            List.of(
                new DemoUnit(
                    "PLANNING", "綜合規劃科", "Comprehensive Planning Division", UnitKind.DIVISION),
                new DemoUnit(
                    "RESEARCH", "研究發展科", "Research and Development Division", UnitKind.DIVISION),
                new DemoUnit(
                    "EVALUATION", "管制考核科", "Control and Evaluation Division", UnitKind.DIVISION),
                new DemoUnit("IT", "資訊科", "Information Technology Division", UnitKind.DIVISION))));
  }

  static List<DemoStaff> staff() {
    return java.util.stream.Stream.of(
            List.of(
                new DemoStaff("admin", "系統管理者", "CH-PLANNING", "IT", List.of(Role.SYSTEM_ADMIN)),
                new DemoStaff(
                    "yilan.quality",
                    "宜蘭縣府研考 林美玲",
                    "YILAN-COUNTY",
                    null,
                    List.of(Role.QUALITY_OFFICER))),
            team("jiaoxi", "YILAN-JIAOXI", new Desks("CIVIL", "CIVIL", "CIVIL", "ADMIN", "ADMIN")),
            team(
                "toucheng",
                "YILAN-TOUCHENG",
                new Desks("CIVIL", "CIVIL", "CIVIL", "ADMIN", "ADMIN")),
            team(
                "fengshan",
                "KH-FENGSHAN-HR1",
                new Desks("DESK-1", "DESK-2", "DESK-2", "DESK-3", "DESK-3")),
            team(
                "yanshui",
                "TN-YANSHUI",
                new Desks("SOCIAL", "SOCIAL", "SOCIAL", "AGRI-WORKS", "AGRI-WORKS")),
            team(
                "easthealth",
                "HC-EAST-HEALTH",
                new Desks("HEALTH", "HEALTH", "HEALTH", "ADMIN", "ADMIN")),
            team(
                "planning",
                "CH-PLANNING",
                new Desks("RESEARCH", "RESEARCH", "EVALUATION", "EVALUATION", "IT")))
        .flatMap(List::stream)
        .toList();
  }

  /** The unit codes of a demo agency's clerk, officer, unit head, quality officer and admin. */
  private record Desks(String clerk, String officer, String head, String quality, String admin) {}

  /**
   * The six accounts of demo agency {@code agency}, named {@code p + ".clerk"} and so on: a counter
   * clerk, a case officer, a unit head, a quality officer, an agency admin and the head of the
   * agency.
   */
  private static List<DemoStaff> team(String p, String agency, Desks desks) {
    return List.of(
        clerk(p, agency, desks.clerk()),
        officer(p, agency, desks.officer()),
        head(p, agency, desks.head()),
        quality(p, agency, desks.quality()),
        admin(p, agency, desks.admin()),
        director(p, agency));
  }

  private static DemoStaff clerk(String p, String agency, @Nullable String unit) {
    return new DemoStaff(p + ".clerk", "櫃台 王小明", agency, unit, List.of(Role.COUNTER_CLERK));
  }

  private static DemoStaff officer(String p, String agency, @Nullable String unit) {
    return new DemoStaff(p + ".officer", "承辦 陳怡君", agency, unit, List.of(Role.CASE_OFFICER));
  }

  private static DemoStaff head(String p, String agency, @Nullable String unit) {
    return new DemoStaff(p + ".head", "主管 李志明", agency, unit, List.of(Role.UNIT_HEAD));
  }

  private static DemoStaff quality(String p, String agency, @Nullable String unit) {
    return new DemoStaff(p + ".quality", "研考 張雅婷", agency, unit, List.of(Role.QUALITY_OFFICER));
  }

  private static DemoStaff director(String p, String agency) {
    return new DemoStaff(p + ".director", "首長 周文雄", agency, null, List.of(Role.AGENCY_HEAD));
  }

  private static DemoStaff admin(String p, String agency, @Nullable String unit) {
    return new DemoStaff(p + ".admin", "管理 黃建國", agency, unit, List.of(Role.AGENCY_ADMIN));
  }

  static BilingualText text(String zh, String en) {
    return new BilingualText(zh, en);
  }
}
