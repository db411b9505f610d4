// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

/** The ways a message reaches an applicant. */
public enum NoticeChannel {
  /** E-mail over SMTP, an HTML part and a plain-text part. */
  EMAIL,
  /** A text message to a mobile number through an SMS gateway. */
  SMS
}
