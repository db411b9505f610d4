// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.Locale;

/**
 * What a message to an applicant is about. Each kind's texts are the keys {@code
 * notification.<key>.subject}, {@code .lead} and {@code .sms} of the {@code i18n/notification}
 * bundle, with {@link #key()} e.g. {@code supplement-requested}.
 */
public enum NoticeKind {
  /** 收件確認: the application was received (its own template with the receipt's details). */
  RECEIPT,
  /** 通知補正: documents are missing; the details list every deficiency. */
  SUPPLEMENT_REQUESTED,
  /** 展延: the period was extended, with the reason and the new due date. */
  EXTENDED,
  /** 決行: the case was decided. */
  DECIDED,
  /** 移文: the case went to the competent agency, which opened a case of its own. */
  TRANSFERRED,
  /** 提醒: a reminder about a case, e.g. documents still awaited. */
  REMINDER,
  /** 我的案件: a short-lived link to every case filed with an e-mail address. */
  MY_CASES,
  /** 聯絡方式驗證: a code confirming a new e-mail address or mobile number. */
  CONTACT_VERIFICATION,
  /**
   * 我也遇到: a public-facility report the recipient followed ("me too") was fixed (closed); the
   * arguments are the case number and the report's category, the link its public page.
   */
  FOLLOWED_REPORT_FIXED,
  /**
   * 站內通知副本: the e-mail copy of an in-console notice to a staff member (a reminder or the daily
   * digest); its only argument is the notice's text. Never to an applicant.
   */
  STAFF_MAIL,
  /**
   * 陳情答覆: a petition or report was answered or closed without processing; the details are the
   * reply, the link the rating page.
   */
  REPLIED,
  /** 改分: the case went to another unit of the agency, named in the texts. */
  REROUTED,
  /** 併案答覆: the case this one was merged into (併案) was answered; the details are the answer. */
  MERGED_ANSWERED,
  /** 重新立案: an unhappy petitioner's case was reopened as a new case, named in the texts. */
  REOPENED,
  /** 不重新立案: the request to reopen was refused; the details are the reason. */
  REOPEN_REFUSED;

  /** The kind in the message keys, lower case with hyphens. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
