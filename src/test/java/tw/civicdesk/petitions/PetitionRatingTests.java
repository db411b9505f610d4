// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;

/**
 * The petitioner rates the handling once per case, through the rating page behind the one receipt
 * throttle (a wrong code counted, the limit refusing with 429); staff record a rating from a call;
 * an unhappy rating asks to reopen, and the officer's decision — a new linked case, or a refusal
 * with a reason — is recorded and told.
 */
@ThrottleLimits
class PetitionRatingTests {

  static final AtomicInteger CLIENTS = new AtomicInteger();

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired PetitionRatings ratings;
  @Autowired PetitionReopening reopening;
  @Autowired java.time.Clock clock;

  PetitionHandling h;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    h = new PetitionHandling(context, "RATE");
  }

  static String freshClient() {
    int n = CLIENTS.incrementAndGet();
    return "10.88." + (n / 250) + "." + (n % 250 + 1);
  }

  MockHttpServletResponse rate(CaseNumber n, String code, String client, String score)
      throws Exception {
    return mvc.perform(
            post("/petitions/rating")
                .with(csrf())
                .param("number", n.value())
                .param("code", code)
                .param("score", score)
                .param("comment", "處理很快，謝謝。")
                .with(
                    r -> {
                      r.setRemoteAddr(client);
                      return r;
                    }))
        .andReturn()
        .getResponse();
  }

  int ratingsOf(CaseNumber n) {
    return h.jdbc
        .sql("select count(*) from petition_rating where case_number = ?")
        .param(n.value())
        .query(Integer.class)
        .single();
  }

  @Test
  void aRatingIsTakenOncePerCaseBehindTheReceiptThrottle() throws Exception {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.answer(n);
    String code = h.work.verificationCode(n);
    String guesser = freshClient();

    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      MockHttpServletResponse wrong = rate(n, "AAAAAAAA", guesser, "5");
      assertThat(wrong.getStatus()).isEqualTo(200);
      assertThat(wrong.getContentAsString()).contains("field-error");
    }
    MockHttpServletResponse refused = rate(n, code, guesser, "5");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isNotNull();
    assertThat(rate(n, code, freshClient(), "5").getStatus())
        .as("the case itself is shut for the window, from any address")
        .isEqualTo(429);
    assertThat(ratingsOf(n)).isZero();

    CaseNumber other = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.answer(other);
    String otherCode = h.work.verificationCode(other);
    assertThat(rate(other, otherCode, freshClient(), "4").getContentAsString())
        .contains("id=\"thanks\"");
    assertThat(rate(other, otherCode, freshClient(), "1").getContentAsString())
        .contains("field-error")
        .doesNotContain("id=\"thanks\"");
    assertThat(ratingsOf(other)).isEqualTo(1);
    PetitionRatings.Rating stored = ratings.find(other).orElseThrow();
    assertThat(stored.score()).isEqualTo(4);
    assertThat(stored.channel()).isEqualTo(Channel.ONLINE);
    assertThat(stored.recordedBy()).isNull();
  }

  @Test
  void aCaseNotYetAnsweredCannotBeRated() throws Exception {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);

    assertThat(rate(n, h.work.verificationCode(n), freshClient(), "5").getContentAsString())
        .contains("field-error");
    assertThat(ratingsOf(n)).isZero();
  }

  @Test
  void staffRecordARatingFromAnOutboundCallWithItsChannel() {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.answer(n);

    ratings.record(h.agency.as(Role.CASE_OFFICER), n, 3, "普通", Channel.PHONE, false);

    PetitionRatings.Rating stored = ratings.find(n).orElseThrow();
    assertThat(stored.channel()).isEqualTo(Channel.PHONE);
    assertThat(stored.recordedBy()).isEqualTo(h.agency.username(Role.CASE_OFFICER));
    assertThatThrownBy(
            () -> ratings.record(h.agency.as(Role.CASE_OFFICER), n, 5, "", Channel.PHONE, false))
        .isInstanceOf(PetitionRatings.AlreadyRated.class);
  }

  @Test
  void anUnhappyRatingIsReopenedAsANewLinkedCaseAndThePetitionerIsTold() {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.answer(n);
    ratings.record(h.agency.as(Role.CASE_OFFICER), n, 1, "坑洞又出現了", Channel.PHONE, true);
    assertThatThrownBy(() -> reopening.decide(h.agency.as(Role.COUNTER_CLERK), n, true, null))
        .isInstanceOf(tw.civicdesk.platform.error.DomainException.class);

    CaseNumber reopened = reopening.decide(h.agency.as(Role.CASE_OFFICER), n, true, "再派員查看");

    PetitionRatings.Rating rating = ratings.find(n).orElseThrow();
    assertThat(rating.decision()).isEqualTo(PetitionRatings.ReopenDecision.REOPENED);
    assertThat(rating.reopenedAs()).isEqualTo(reopened);
    assertThat(ratings.reopenedFrom(reopened)).contains(n);
    PetitionView was = h.petitions.view(n).orElseThrow();
    PetitionView now = h.petitions.view(reopened).orElseThrow();
    assertThat(now.kind()).isEqualTo(was.kind());
    assertThat(now.category()).isEqualTo(was.category());
    assertThat(now.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(h.work.summary(reopened).orElseThrow().status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(h.messages(n)).containsExactly("RECEIPT", "REPLIED", "REOPENED");
    assertThat(h.messages(reopened)).containsExactly("RECEIPT");
    assertThat(
            ratings.figures(
                h.agency.code(), java.time.YearMonth.now(clock), java.time.YearMonth.now(clock)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ratings()).isEqualTo(1);
              assertThat(f.scoreSum()).isEqualTo(1);
              assertThat(f.unhappy()).isEqualTo(1);
              assertThat(f.reopened()).isEqualTo(1);
            });
  }

  @Test
  void aRefusalToReopenIsRecordedWithItsReasonAndTold() {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.answer(n);
    ratings.record(h.agency.as(Role.CASE_OFFICER), n, 2, "太慢", Channel.PHONE, true);

    assertThatThrownBy(() -> reopening.decide(h.agency.as(Role.UNIT_HEAD), n, false, " "))
        .isInstanceOf(tw.civicdesk.platform.error.InvalidFields.class);
    assertThat(reopening.decide(h.agency.as(Role.UNIT_HEAD), n, false, "已依規定期限內處理完畢")).isNull();

    PetitionRatings.Rating rating = ratings.find(n).orElseThrow();
    assertThat(rating.decision()).isEqualTo(PetitionRatings.ReopenDecision.REFUSED);
    assertThat(rating.reopenReason()).isEqualTo("已依規定期限內處理完畢");
    assertThat(h.messages(n)).containsExactly("RECEIPT", "REPLIED", "REOPEN_REFUSED");
  }
}
