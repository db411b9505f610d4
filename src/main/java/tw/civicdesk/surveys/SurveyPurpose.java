// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

/** What a survey is for; it decides who answers it and through which channels. */
public enum SurveyPurpose {
  /** 臨櫃滿意度: asked at the counter (kiosk, QR poster, paper form) and online. */
  COUNTER,
  /** 結案後滿意度: linked from the notice that a case is decided; one answer per case. */
  POST_CASE,
  /** 年度民調 and the like: online, by outbound call or on paper. */
  GENERAL,
  /** 內部同仁滿意度: the agency's own staff, signed in, once each, never attributable. */
  STAFF
}
