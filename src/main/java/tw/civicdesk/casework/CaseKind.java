// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

/** What kind of case it is; every kind runs on the same lifecycle, with its own rules added. */
public enum CaseKind {
  /** 申辦案件: an application for a catalogue service. */
  APPLICATION,
  /** 陳情: a petition. */
  PETITION,
  /** 首長信箱: a letter to the head of the agency. */
  MAILBOX,
  /** 服務申訴: a complaint about the service received (attitude, waiting, errors). */
  COMPLAINT,
  /** 公共設施報修: a report of a broken public facility. */
  FACILITY_REPORT,
  /** 輿情: a media item needing a fast first response. */
  MEDIA_ITEM;

  /**
   * The kind's rule on the catalogue: an application is filed for one catalogue service (its form,
   * documents and time limit come from it); every other kind has none.
   */
  public boolean needsService() {
    return this == APPLICATION;
  }

  /**
   * The kind's rule on decisions: every kind may be answered; only an application is approved or
   * refused, and only a kind without a service (a petition and its like) may be closed without
   * processing (不予處理, 行政程序法 §173, 要點 point 14).
   */
  public boolean allows(Decision outcome) {
    return switch (outcome) {
      case ANSWERED -> true;
      case APPROVED, REJECTED -> needsService();
      case NOT_PROCESSED -> !needsService();
    };
  }
}
