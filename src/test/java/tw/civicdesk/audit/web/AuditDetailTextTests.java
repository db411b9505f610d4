// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class AuditDetailTextTests {

  private final AuditDetailText text = new AuditDetailText(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "i18n/audit", "i18n/intake");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Test
  void aReadIsSaidWithWhatWasReadWhyAndTheReadersRolesInChinese() {
    assertThat(
            text.of(
                "read=applicant,field:site;purpose=case-handling;roles=CASE_OFFICER",
                Locale.TRADITIONAL_CHINESE))
        .isEqualTo("讀取：申請人資料、表單欄位 site；用途：辦理案件；角色：承辦人");
  }

  @Test
  void aReadIsSaidInEnglish() {
    assertThat(
            text.of(
                "read=verification-code;purpose=receipt-reprint;roles=COUNTER_CLERK",
                Locale.ENGLISH))
        .isEqualTo(
            "read: the verification code; purpose: reprinting the"
                + " receipt (counter clerk); roles: Counter clerk");
  }

  @Test
  void aStaffAccountChangeNamesTheChangedFields() {
    assertThat(text.of("created;fields=roles,password", Locale.TRADITIONAL_CHINESE))
        .isEqualTo("新增帳號；異動欄位：角色、密碼");
  }

  @Test
  void aChangeOfTheApplicantNamesWhoseDataAndWhichFields() {
    assertThat(
            text.of("changed=applicant:name,email;purpose=intake;channel=COUNTER", Locale.ENGLISH))
        .isEqualTo(
            "changed: the applicant (name, e-mail); purpose: recording the application;"
                + " channel: At the counter");
  }

  @Test
  void whatItDoesNotKnowIsShownAsStoredSoNothingIsHidden() {
    assertThat(text.of("owner=YILAN-JIAOXI;weird=x;bare", Locale.ENGLISH))
        .isEqualTo("case of agency YILAN-JIAOXI; weird=x; bare");
    assertThat(text.of(null, Locale.ENGLISH)).isEmpty();
  }
}
