// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/** How a citizen can apply for a service. */
public enum Channel {
  /** 臨櫃: at the counter (單一窗口). */
  COUNTER,
  /** 線上: online. */
  ONLINE,
  /** 電話: by phone. */
  PHONE,
  /** 郵寄: by mail. */
  MAIL
}
