// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.tracking.TrackingTests.from;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.notification.NotificationDispatcher;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * "My cases" by e-mail, no account: the link goes to the address and lists exactly its cases; an
 * unknown address gets the same answer and no mail; an expired or unknown link is refused with a
 * way to ask again; every request counts, and the sixth in a window is 429.
 */
@IntegrationTest
class MyCasesTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static final Pattern LINK =
      Pattern.compile("http://localhost:8080(/track/mine/[A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;

  static String uniqueAddress(String who) {
    return who + "-" + UUID.randomUUID() + "@example.invalid";
  }

  String ask(String address, String client) throws Exception {
    return mvc.perform(
            post("/track/mine").with(csrf()).with(from(client)).param("address", address))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The "my cases" mails (not the case's other notices) that reached {@code address}. */
  List<MimeMessage> mailTo(String address) {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address) && subject(m).equals("您的案件清單連結"))
        .toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part of a message. */
  static String text(Part part) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = text(multipart.getBodyPart(i));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return part.isMimeType("text/plain") ? (String) part.getContent() : "";
  }

  String linkIn(MimeMessage mail) throws Exception {
    Matcher m = LINK.matcher(text(mail));
    assertThat(m.find()).as("a my-cases link in the mail").isTrue();
    return m.group(1);
  }

  static String confirmationOf(String html) {
    int at = html.indexOf("role=\"status\"");
    return html.substring(at, html.indexOf("</div>", at));
  }

  @Test
  void theLinkArrivesAndListsExactlyTheCasesOfThatAddressNewestFirst() throws Exception {
    String mine = uniqueAddress("mine");
    String other = uniqueAddress("other");
    CaseNumber older = TrackingFixtures.aCaseWithHistory(context, "MINEA", mine);
    CaseNumber newer = TrackingFixtures.aCaseFiledBy(context, "MINEB", mine.toUpperCase());
    CaseNumber theirs = TrackingFixtures.aCaseFiledBy(context, "MINEC", other);

    String answer = ask("  " + mine.toUpperCase() + " ", "10.5.0.1");
    assertThat(confirmationOf(answer)).contains("連結");
    List<MimeMessage> mail = mailTo(mine);
    assertThat(mail).hasSize(1);
    assertThat(mail.get(0).getSubject()).isEqualTo("您的案件清單連結");

    String list =
        mvc.perform(get(linkIn(mail.get(0))))
            .andExpect(status().isOk())
            .andExpect(header().string("Referrer-Policy", "no-referrer"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    // Case numbers are shown in groups that can be read over the phone.
    assertThat(list)
        .contains(older.grouped(), newer.grouped(), "王○明", "戶籍謄本", "需會勘現場")
        .doesNotContain(
            theirs.value(),
            theirs.grouped(),
            "王小明",
            mine,
            TrackingFixtures.officer(older),
            TestOrganisation.MEMBER_NAME);
    assertThat(list.indexOf(newer.grouped())).isLessThan(list.indexOf(older.grouped()));
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    String known = uniqueAddress("known");
    TrackingFixtures.aCaseFiledBy(context, "MINED", known);
    String unknown = uniqueAddress("unknown");
    String toKnown = ask(known, "10.5.0.2");
    String toUnknown = ask(unknown, "10.5.0.3");
    assertThat(confirmationOf(toUnknown)).isEqualTo(confirmationOf(toKnown));
    assertThat(mailTo(unknown)).isEmpty();
    assertThat(mailTo(known)).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from notification_message where recipient = ?")
                .param(unknown)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aMalformedAddressGetsALocalizedFieldErrorAndNoConfirmation() throws Exception {
    String page =
        mvc.perform(
                post("/track/mine")
                    .with(csrf())
                    .with(from("10.5.0.4"))
                    .param("lang", "en")
                    .param("address", "not-an-address"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("id=\"address-error\"", "name@example.tw")
        .doesNotContain("role=\"status\"");
  }

  @Test
  void anExpiredOrUnknownLinkIsRefusedAlikeWithAWayToAskAgain() throws Exception {
    String address = uniqueAddress("expired");
    TrackingFixtures.aCaseFiledBy(context, "MINEE", address);
    ask(address, "10.5.0.5");
    String link = linkIn(mailTo(address).get(0));
    mvc.perform(get(link)).andExpect(status().isOk());
    jdbc.sql(
            "update tracking_my_cases_link set expires_at = now() - interval '1 second'"
                + " where email = ?")
        .param(address)
        .update();
    String expired =
        mvc.perform(get(link).param("lang", "en"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknown =
        mvc.perform(get("/track/mine/" + "A".repeat(43)).param("lang", "en"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(expired)
        .contains("expired or is not valid", "href=\"/track/mine\"")
        .doesNotContain(address);
    assertThat(unknown).contains("expired or is not valid");
  }

  @Test
  void everyRequestCountsAndTheSixthFromOneClientOrForOneAddressIs429() throws Exception {
    for (int i = 0; i < 5; i++) {
      ask(uniqueAddress("flood"), "10.5.0.6");
    }
    mvc.perform(
            post("/track/mine")
                .with(csrf())
                .with(from("10.5.0.6"))
                .param("address", uniqueAddress("flood")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    String target = uniqueAddress("target");
    for (int i = 0; i < 5; i++) {
      ask(target, "10.5.1." + i);
    }
    mvc.perform(post("/track/mine").with(csrf()).with(from("10.5.1.9")).param("address", target))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }
}
