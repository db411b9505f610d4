// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.civicdesk.IntegrationTest;

/**
 * Every kind of notice renders in both languages on both channels: an e-mail with a subject, a text
 * part and an HTML part; an SMS of at most three parts with its link.
 */
@IntegrationTest
class NoticeTextsTests {

  @Autowired MessageRendering rendering;

  static final String NUMBER = "KH-FENGSHAN-HR1-20261123-00042";
  static final String LINK =
      "https://civicdesk.example.gov.tw/track?number=" + NUMBER + "&lang=zh-TW";

  static List<Object> args(NoticeKind kind) {
    return switch (kind) {
      case SUPPLEMENT_REQUESTED, EXTENDED -> List.of(NUMBER, LocalDate.of(2026, 12, 31));
      case DECIDED -> List.of(NUMBER, "核准");
      case TRANSFERRED -> List.of(NUMBER, "TN-YANSHUI-20261123-00007", "臺南市鹽水區公所", "ABCD-EFGH");
      case MY_CASES -> List.of(30);
      case CONTACT_VERIFICATION -> List.of(NUMBER, "123456", 30);
      case REPLIED -> List.of(NUMBER, "函復", "陳情：道路與交通");
      case REROUTED -> List.of(NUMBER, "建設課");
      case MERGED_ANSWERED -> List.of(NUMBER, "KH-FENGSHAN-HR1-20261123-00043", "函復");
      case REOPENED -> List.of(NUMBER, "KH-FENGSHAN-HR1-20261201-00001");
      case FOLLOWED_REPORT_FIXED -> List.of(NUMBER, "路燈故障");
      default -> List.of(NUMBER);
    };
  }

  @Test
  void everyKindRendersAnEmailAndAnSmsOfAtMostThreePartsInBothLanguages() {
    for (NoticeKind kind : NoticeKind.values()) {
      if (kind == NoticeKind.RECEIPT) {
        continue;
      }
      for (Locale language : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
        Notice mail =
            new Notice(
                kind,
                NUMBER,
                NoticeChannel.EMAIL,
                "a@example.tw",
                language,
                args(kind),
                List.of("戶籍謄本"),
                LINK);
        MessageRendering.Rendered email = rendering.notice(mail);
        assertThat(email.subject())
            .as(kind + " " + language)
            .isNotBlank()
            .doesNotContain("{0}", "??");
        assertThat(email.text()).contains(LINK, "戶籍謄本").doesNotContain("??");
        assertThat(email.html()).contains("<li>戶籍謄本</li>");

        MessageRendering.Rendered sms =
            rendering.notice(
                new Notice(
                    kind,
                    NUMBER,
                    NoticeChannel.SMS,
                    "0912345678",
                    language,
                    args(kind),
                    List.of(),
                    LINK));
        assertThat(sms.text()).as(kind + " " + language).endsWith(LINK).doesNotContain("{");
        assertThat(sms.segments())
            .as(kind + " " + language + ": " + sms.text())
            .isEqualTo(SmsText.segments(sms.text()))
            .isBetween(1, 3);
      }
    }
  }

  @Test
  void aReceiptSmsFitsThreePartsInBothLanguages() {
    for (Locale language : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
      ReceiptNotice notice =
          new ReceiptNotice(
              NUMBER, LocalDate.of(2026, 12, 31), "低收入戶證明", List.of("審查"), "0912345678", language);
      MessageRendering.Rendered sms =
          rendering.receipt(notice, NoticeChannel.SMS).countedWith("ABCDEFGH");
      assertThat(sms.text()).contains(NUMBER, MessageSecret.PLACEHOLDER, "/track?number=" + NUMBER);
      assertThat(sms.segments())
          .isEqualTo(SmsText.segments(sms.text().replace(MessageSecret.PLACEHOLDER, "ABCDEFGH")))
          .isBetween(1, 3);
    }
  }
}
