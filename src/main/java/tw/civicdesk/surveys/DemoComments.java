// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo's free-text comments, as citizens write them on a counter form (no names, no numbers):
 * praise from the satisfied, complaints from the others — many of them about the office itself
 * (parking, seats, the air conditioning), the dimension the demo shows lagging — suggestions, a few
 * in English, and in the last months a few that notice the renovated waiting area.
 */
final class DemoComments {

  private static final List<String> PRAISE =
      List.of(
          "承辦人員很有耐心，說明得很清楚，謝謝！",
          "服務態度親切，辦理速度很快。",
          "櫃台人員主動協助填寫表格，非常感謝。",
          "第一次來辦理，流程比想像中簡單。",
          "資料準備不齊，承辦人員仍細心告知要補哪些文件，很貼心。",
          "整體服務很好，繼續保持。",
          "等候時間不長，叫號清楚。",
          "電話詢問時接聽人員很有禮貌，也幫我轉接到正確的承辦人。",
          "線上申請很方便，不用請假跑一趟。",
          "志工引導很熱心，一進門就知道要去哪個櫃台。",
          "有提供填寫範例，很容易看懂。",
          "辦事效率高，十分鐘就完成了。",
          "長輩來辦理也有人協助，值得嘉許。",
          "服務人員專業又親切，給你們一個讚。");

  private static final List<String> COMPLAINTS =
      List.of(
          "停車位太少，繞了好幾圈才找到位子。",
          "等候區座位不夠，很多人只能站著等。",
          "冷氣太冷，建議調整溫度。",
          "廁所需要加強清潔。",
          "指示標示不清楚，找不到要去的櫃台。",
          "無障礙坡道太陡，推輪椅很吃力。",
          "書寫台的筆都沒水了。",
          "等了快四十分鐘，希望增加櫃台人力。",
          "中午時段只開一個櫃台，等很久。",
          "電話一直沒人接，打了好幾次。",
          "同一件事被要求跑兩趟，希望一次告知要帶的文件。",
          "網站上的表格下載連結失效。",
          "承辦人員說明太快，聽不太懂。",
          "辦公環境有點擁擠，隱私不足。",
          "叫號系統聲音太小，外面聽不到。");

  private static final List<String> SUGGESTIONS =
      List.of(
          "建議增設夜間或週六服務時段。",
          "希望可以用行動支付繳費。",
          "建議在網站上公告目前等候人數。",
          "可以提供更多雙語說明給新住民。",
          "希望增加哺集乳室的指示牌。",
          "建議提供免費飲水機。",
          "沒什麼特別意見，辦理順利。");

  private static final List<String> NOTICED =
      List.of("新的等候區很舒適，座位也變多了。", "整修後環境明亮很多，標示也清楚了。", "停車場重新劃線後好停多了，謝謝改善。", "廁所整修後乾淨許多。");

  private static final List<String> ENGLISH =
      List.of(
          "Staff were very helpful and explained everything in English. Thank you!",
          "The waiting area was crowded and there were not enough seats.",
          "Signs in English would help foreign residents.",
          "Quick and friendly service.",
          "Parking is hard to find near the office.");

  private DemoComments() {}

  /**
   * A comment of a respondent whose mean points were {@code mean}, answering on {@code day} of a
   * demo period ending on {@code end}.
   */
  static String pick(DemoAnswers random, double mean, LocalDate day, LocalDate end) {
    if (random.chance(0.06)) {
      return random.any(ENGLISH);
    }
    boolean lastQuarter = !day.isBefore(end.minusDays(90));
    if (lastQuarter && random.chance(0.25)) {
      return random.any(NOTICED);
    }
    if (mean >= 4.2) {
      return random.chance(0.85) ? random.any(PRAISE) : random.any(SUGGESTIONS);
    }
    if (mean <= 3.2) {
      return random.chance(0.85) ? random.any(COMPLAINTS) : random.any(SUGGESTIONS);
    }
    return random.chance(0.5) ? random.any(SUGGESTIONS) : random.any(COMPLAINTS);
  }
}
