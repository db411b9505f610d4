// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The texts {@link DemoSiteTexts} loads: fictional, in the words the seed plans use. */
final class DemoSiteTextData {

  private DemoSiteTextData() {}

  private static final Map<String, String[]> DUTIES =
      Map.of(
          "CIVIL",
              new String[] {
                "辦理村里行政、兵役、調解及民俗宗教業務。",
                "Village affairs, military service, mediation and religious affairs."
              },
          "SOCIAL",
              new String[] {
                "辦理社會救助、老人及身心障礙福利、托育補助。",
                "Social assistance, welfare for the elderly and people with disabilities, childcare"
                    + " subsidies."
              },
          "ADMIN",
              new String[] {
                "辦理文書、檔案、出納、財產及研考業務。", "Records, archives, cash, property and performance review."
              },
          "CLEANING",
              new String[] {
                "辦理垃圾清運、資源回收及環境清潔。", "Refuse collection, recycling and street cleaning."
              },
          "LIBRARY",
              new String[] {"辦理圖書借閱、閱讀推廣及藝文活動。", "Lending, reading promotion and cultural events."},
          "NURSERY", new String[] {"辦理幼兒托育及親職教育。", "Early childcare and parenting classes."});

  static Map<String, AgencyProfile> profiles() {
    Map<String, AgencyProfile> all = new LinkedHashMap<>();
    all.put(
        "YILAN-JIAOXI",
        profile(
            "YILAN-JIAOXI",
            "礁溪鄉位於宜蘭縣北部，以溫泉聞名。鄉公所秉持「便民、效率、親切」的理念，提供戶政以外的各項地方自治服務。\n"
                + "本所設民政、社會、行政等課室及清潔隊、鄉立托兒所、鄉立圖書館。",
            "Jiaoxi lies in the north of Yilan County and is known for its hot springs. The"
                + " township office provides the local services of self-government.\n"
                + "It has civil affairs, social affairs and administration sections, a sanitation"
                + " team, a nursery and a library.",
            "掌理本鄉自治事項、執行上級政府委辦事項，包括民政、社會福利、環境清潔、公共建設及文化教育。",
            "Self-government of the township and tasks delegated by the county: civil affairs,"
                + " social welfare, sanitation, public works, culture and education.",
            "service@jiaoxi.example.gov.tw"));
    all.put(
        "KH-FENGSHAN-HR1",
        profile(
            "KH-FENGSHAN-HR1",
            "本所辦理鳳山市第一戶政轄區之戶籍登記、國民身分證及戶口名簿核發等業務，並提供跨機關電子查驗服務。",
            "The office keeps the household register of its part of Fengshan and issues national"
                + " ID cards and household certificates.",
            "戶籍登記、國民身分證與戶口名簿、印鑑登記及戶籍謄本核發。",
            "Household registration, national ID cards and household certificates, seal"
                + " registration and transcripts.",
            "hr1@fengshan.example.gov.tw"));
    all.put("TN-YANSHUI", yanshui());
    return all;
  }

  private static AgencyProfile yanshui() {
    AgencyProfile yanshui =
        profile(
            "TN-YANSHUI",
            "鹽水區位於臺南市北部，以蜂炮與月津港燈節聞名。區公所提供民政、社會、經建等服務。",
            "Yanshui lies in the north of Tainan, known for its beehive fireworks and the Yuejin"
                + " lantern festival.",
            "辦理區政業務、里鄰行政、社會福利、災害防救及市政府交辦事項。",
            "District and village administration, social welfare, disaster relief and tasks"
                + " delegated by the city.",
            "service@yanshui.example.gov.tw");
    return new AgencyProfile(
        yanshui.code(),
        yanshui.profile(),
        yanshui.duties(),
        yanshui.email(),
        new PublicText(
            "本所依個人資料保護法蒐集、處理及利用個人資料，特定目的包括：戶政、社會行政、民政、陳情請願案件處理。\n"
                + "蒐集之個人資料類別：姓名、國民身分證統一編號、出生年月日、聯絡方式（電話、地址、電子郵件）。\n"
                + "利用期間：至特定目的消失或依法令所定保存年限；利用地區：中華民國境內；利用對象：本所及依法有權調閱之機關。\n"
                + "您可依個人資料保護法第3條，向本所請求查詢、閱覽、製給複本、補充或更正、停止蒐集處理利用或刪除。",
            "We collect, process and use personal data under the Personal Data Protection Act"
                + " for household registration, social administration, civil affairs and"
                + " handling petitions.\n"
                + "What we collect: name, national ID number, date of birth and contact"
                + " details (phone, address, e-mail).\n"
                + "For how long: until the purpose ends or for the period the law sets; where:"
                + " in Taiwan; by whom: this office and agencies with a legal right.\n"
                + "Under article 3 of the Act you may ask to see, copy, complete or correct your"
                + " data, or ask us to stop using or to delete it."),
        new PublicText("秘書室 個人資料保護聯絡窗口", "Secretariat, personal data contact"),
        "privacy@yanshui.example.gov.tw",
        "06-652-1234",
        0);
  }

  private static AgencyProfile profile(
      String code, String zh, String en, String dutiesZh, String dutiesEn, String email) {
    return new AgencyProfile(
        new AgencyCode(code),
        new PublicText(zh, en),
        new PublicText(dutiesZh, dutiesEn),
        email,
        PublicText.NONE,
        PublicText.NONE,
        "",
        "",
        0);
  }

  /** A unit's contact: an extension of the agency's phone and an e-mail at its domain. */
  static Optional<UnitContact> contact(Agency agency, Unit unit, int index) {
    String[] duties = DUTIES.get(unit.code());
    String code = unit.code().toLowerCase(Locale.ROOT).replace("-", "");
    String domain = agency.code().value().toLowerCase(Locale.ROOT) + ".example.gov.tw";
    boolean ownHours = "CLEANING".equals(unit.code()) || "LIBRARY".equals(unit.code());
    return Optional.of(
        new UnitContact(
            duties == null ? PublicText.NONE : new PublicText(duties[0], duties[1]),
            agency.phone() + " #" + (201 + index),
            code + "@" + domain,
            ownHours
                ? new PublicText("週一至週六 08:00–17:00", "Monday to Saturday 08:00–17:00")
                : PublicText.NONE));
  }
}
