// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

/** Where an FAQ entry stands. */
public enum FaqStatus {
  /** Being written: staff only, never public, never searchable. */
  DRAFT,
  /** Public at {@code /faq/{code}} and in the site search. */
  PUBLISHED,
  /** Withdrawn: kept for the record and the counter's history, never public. */
  ARCHIVED
}
