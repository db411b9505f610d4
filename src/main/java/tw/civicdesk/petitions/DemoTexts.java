// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

/** What the demo's petitioners write and what the demo staff answer. */
final class DemoTexts {

  /** A subject and what was written. */
  record Text(String subject, String description) {}

  /** What the demo's closure without processing tells the petitioner (§173 ②, 要點 point 14). */
  static final String NOT_PROCESSED = "您就同一事由再次陳情，本所已於先前明確答復在案，本次來函將存查，不另行答復。";

  /** What the demo's unhappy petitioner said when called after the reply. */
  static final String UNHAPPY = "回覆太慢，人行道還是被機車占用，問題沒有真正解決。";

  /** The answer to the demo's letters to the head. */
  static final Reply LETTER_ANSWER =
      new Reply("感謝您寫信給首長。您的建議已轉請業務單位研議，將納入明年度施政規劃參考；如有進一步意見，歡迎隨時來信。", "行政程序法第 168 條。");

  private DemoTexts() {}

  static Text petition(String category) {
    return switch (category) {
      case "roads" -> new Text("學校周邊人行道不連續", "國小前的人行道被機車停放占用，學童上下學只能走在車道上，請加強取締並設置人行道護欄。");
      case "environment" -> new Text("空地雜草叢生蚊蟲多", "住家旁的空地長期無人整理，雜草已超過一人高，夏天蚊蟲很多，請通知地主清理。");
      case "noise" -> new Text("夜間施工噪音", "附近工地每天晚上十點後仍在施工，噪音影響睡眠，請派員稽查。");
      case "welfare" -> new Text("長者送餐服務詢問", "家中長輩獨居，想申請送餐服務，但不清楚資格與申請方式，請協助說明。");
      case "household" -> new Text("戶籍謄本申請時間太長", "上週到戶政事務所申請戶籍謄本等候超過一小時，建議增加服務窗口。");
      case "suggestion" -> new Text("建議增設公共自行車站", "溫泉區觀光客多，建議在車站與公園之間增設公共自行車租借站。");
      case "praise" -> new Text("感謝清潔隊的協助", "颱風過後清潔隊很快就把我們巷子的斷枝清走，特此感謝。");
      default -> new Text("對公所服務的建議", "希望公所網站能提供更多線上申辦服務，減少臨櫃往返。");
    };
  }

  /** A reply's concrete handling and its legal basis. */
  record Reply(String handling, String legalBasis) {}

  static Reply petitionAnswer(String category) {
    return switch (category) {
      case "roads" -> new Reply("本所已會同警察機關加強取締國小前違規停車，並編列預算增設人行道護欄，預計下個月施工。", "道路交通管理處罰條例第 56 條。");
      case "noise" -> new Reply("本所已會同環保局於夜間稽查，工地已改善施工時段；如再發現違規，請撥打環保局專線檢舉。", "噪音管制法第 8 條。");
      default -> new Reply("本所已派員了解並完成處理，已通知相關單位改善並持續追蹤。", "行政程序法第 168 條及本所人民陳情案件處理要點。");
    };
  }

  /** The legal basis of the demo's answers to facility reports. */
  static final String FACILITY_BASIS = "本所公共設施維護管理要點。";

  static String facilityAnswer(String category) {
    return switch (category) {
      case "street-light" -> "已派員更換燈具，路燈恢復正常照明。";
      case "pothole" -> "已完成路面坑洞修補。";
      case "drain" -> "已清除水溝淤積，排水恢復暢通。";
      case "litter" -> "清潔隊已清運完畢，並張貼禁止傾倒告示。";
      case "fallen-tree" -> "已將傾倒路樹移除並恢復通行。";
      default -> "已完成處理。";
    };
  }
}
