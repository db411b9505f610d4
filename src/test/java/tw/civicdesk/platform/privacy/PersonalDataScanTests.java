// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan itself works: a national ID logged on purpose is reported (and drained here, so the
 * suite does not fail), as are phone numbers, e-mail addresses and learned names in a page; masked
 * values, case numbers, message ids and what a request sent itself are not.
 */
class PersonalDataScanTests {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataScanTests.class);

  @Test
  void aNationalIdLoggedOnPurposeIsReportedWithoutTheNumberInTheReport() {
    PersonalDataScan.drain();
    LOG.warn("Applicant F231563843 asked for a copy");
    List<PersonalDataScan.Hit> hits = PersonalDataScan.drain();
    assertThat(hits)
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.kind()).isEqualTo("national ID");
              assertThat(hit.where())
                  .isEqualTo("log WARN " + PersonalDataScanTests.class.getName());
              assertThat(hit.toString()).doesNotContain("F231563843").contains("<national ID>");
            });
  }

  @Test
  void phoneNumbersEmailAddressesAndIdsInAnyCaseAreFoundInALogLineAndAStackTrace() {
    PersonalDataScan.drain();
    LOG.error(
        "could not send",
        new IllegalStateException(
            "to 0912-345-678 or +886 912 345 678"
                + " or lin.xiaoming@example.invalid, id f131563841"));
    assertThat(PersonalDataScan.drain())
        .extracting(PersonalDataScan.Hit::kind)
        .containsExactly("national ID", "mobile number", "mobile number", "e-mail address");
  }

  @Test
  void maskedValuesCaseNumbersAndIdentifiersAreNoHits() {
    PersonalDataScan.drain();
    LOG.info(
        "王○明 A12345**** 0912-***-678 w***@example.tw YILAN-JIAOXI-20260213-00042"
            + " message {} sent, 03-1234567, A123456780 (wrong check digit),"
            + " 宜蘭縣政府99年1月13日府計研字第0990006665號函",
        UUID.randomUUID());
    PersonalDataScan.page(
        "GET /track",
        "<p>王○明</p><a href=\"/x?a=a0912345678b\">x</a>"
            + "<p>Enter an e-mail address like name@example.tw, e.g. 0912-345678.</p>",
        "");
    org.slf4j.LoggerFactory.getLogger("com.icegreen.greenmail.user.UserManager")
        .info("Created user login stand-in@example.invalid");
    assertThat(PersonalDataScan.drain()).isEmpty();
  }

  @Test
  void aLearnedNameOrPhoneOnAPublicPageIsReportedUnlessTheRequestSentIt() {
    String name = "簡" + UUID.randomUUID().toString().substring(0, 4) + "芬";
    PersonalDataScan.learnFrom(() -> List.of(name, "03-9876543"));
    PersonalDataScan.drain();
    PersonalDataScan.page("GET /track/mine/x", "<td>" + name + "</td><td>03-9876543</td>", "");
    PersonalDataScan.page(
        "POST /services/X/apply", "<input value=\"" + name + "\">", "name=" + name);
    assertThat(PersonalDataScan.drain())
        .extracting(PersonalDataScan.Hit::kind)
        .containsExactly("full name", "phone number");
  }
}
