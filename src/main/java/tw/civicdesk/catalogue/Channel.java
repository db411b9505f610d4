// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/**
 * How a case came in. A catalogue service is offered through the first four ({@link
 * #forServices()}); petitions and reports also come by e-mail and through Open311.
 */
public enum Channel {
  /** 臨櫃: at the counter (單一窗口). */
  COUNTER,
  /** 線上: online. */
  ONLINE,
  /** 電話: by phone. */
  PHONE,
  /** 郵寄: by mail. */
  MAIL,
  /** 電子郵件: an e-mail to the agency, recorded by staff (petitions and reports only). */
  EMAIL,
  /** Open311: a report filed by another system through the Open311 GeoReport v2 API. */
  OPEN311;

  /** The channels a catalogue service can be offered through: counter, online, phone and mail. */
  public static java.util.List<Channel> forServices() {
    return java.util.List.of(COUNTER, ONLINE, PHONE, MAIL);
  }
}
