// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

/** Where an announcement stands at a moment, derived from its times (never stored). */
public enum AnnouncementStatus {
  /** No publish time yet: staff only. */
  DRAFT,
  /** The publish time is ahead: staff only until it passes. */
  SCHEDULED,
  /** The publish time passed and the expiry, if any, has not: public. */
  PUBLISHED,
  /** The expiry passed: staff only. */
  EXPIRED,
  /** Taken down by staff: staff only, for good. */
  WITHDRAWN
}
