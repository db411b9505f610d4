// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

/** How long an agency's office is closed on a day (停止上班), e.g. for a typhoon. */
public enum ClosureKind {

  /** 全日停止上班: the office is closed all day, so the day is not a working day for the agency. */
  FULL_DAY,

  /**
   * 半日停止上班: the office closes for part of the day (morning or afternoon). The office still opens,
   * so the day remains a working day; the closure is kept for the record only.
   */
  HALF_DAY
}
