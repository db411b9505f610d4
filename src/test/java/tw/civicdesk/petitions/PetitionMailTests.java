// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.notification.NotificationTestSupport;

/**
 * The petitioner gets the receipt of a petition, named by its kind and category, and then the reply
 * with the link to rate the handling, by e-mail through a real SMTP server (GreenMail), in the
 * language of the petition.
 */
@IntegrationTest
class PetitionMailTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ApplicationContext context;

  List<MimeMessage> mailTo(String address) throws Exception {
    NotificationTestSupport.drain(context);
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePetitionerGetsTheReceiptAndThenTheReplyWithTheRatingLink() throws Exception {
    PetitionHandling h = new PetitionHandling(context, "MAIL");
    String address = PetitionHandling.address();
    CaseNumber n = h.petition(address, Locale.TAIWAN);

    List<MimeMessage> receipt = mailTo(address);
    assertThat(receipt).hasSize(1);
    assertThat(receipt.get(0).getSubject()).contains(n.value());
    String receiptText = NotificationTestSupport.text(receipt.get(0));
    assertThat(receiptText).contains("陳情：道路與交通").contains(h.work.verificationCode(n));

    h.answer(n);

    List<MimeMessage> mail = mailTo(address);
    assertThat(mail).hasSize(2);
    String reply = NotificationTestSupport.text(mail.get(1));
    assertThat(mail.get(1).getSubject()).contains(n.value()).contains("陳情：道路與交通");
    assertThat(reply)
        .contains("已於三月五日派員修補坑洞。")
        .contains("市區道路條例第 9 條")
        .contains("/petitions/rating?number=" + n.value());
  }

  @Test
  void anEnglishPetitionerGetsTheReplyInEnglish() throws Exception {
    PetitionHandling h = new PetitionHandling(context, "MAILEN");
    String address = PetitionHandling.address();
    CaseNumber n = h.petition(address, Locale.ENGLISH);
    h.answer(n);

    List<MimeMessage> mail = mailTo(address);
    assertThat(mail).hasSize(2);
    assertThat(NotificationTestSupport.text(mail.get(0))).contains("Petition: Roads and traffic");
    assertThat(mail.get(1).getSubject())
        .isEqualTo("Case " + n.value() + " answered: Petition: Roads and traffic");
  }
}
