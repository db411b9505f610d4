// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

/** The counters of a rollup row ({@code petition_rollup}), in column order; docs/petitions.md. */
enum Counter {
  /** Cases received, in the month of receipt. */
  RECEIVED("received"),
  /** Of those, cases whose petitioner gave an e-mail or a phone: the repeat rate's base. */
  NAMED("named"),
  /** Of those, repeats of an earlier case of the same petitioner and category. */
  REPEATS("repeats"),
  /** Replies (decisions, closures without processing included), in the month of the reply. */
  REPLIED("replied"),
  /** Of those, replies on or before the due date in force. */
  REPLIED_ON_TIME("replied_on_time"),
  /** The sum of calendar days from receipt to reply. */
  REPLY_DAYS("reply_days"),
  /** Of the replies, closures without processing (行政程序法 §173, 要點 point 14). */
  NOT_PROCESSED("not_processed"),
  /** Cases sent to the competent agency (移文), in the month of the transfer. */
  TRANSFERRED("transferred");

  private final String column;

  Counter(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}
