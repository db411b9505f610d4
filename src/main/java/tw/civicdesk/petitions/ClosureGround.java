// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

/**
 * The ground on which a petition was closed without processing (不予處理, {@link
 * tw.civicdesk.casework.Decision#NOT_PROCESSED}): 行政程序法 §173 and 要點 point 14. Every such closure is
 * registered with its ground and counted by it ({@link PetitionReplies#closures}).
 */
public enum ClosureGround {
  /** 無具體內容或未具真實姓名或住址 (§173 ①): no real name or way to reach the petitioner. */
  NO_CONTACT,
  /** 同一事由，經予適當處理並已明確答覆後仍一再陳情 (§173 ②): a repeat of a petition already answered. */
  REPEAT,
  /** 非主管機關，陳情人以同一事由分向各機關陳情 (§173 ③): another agency is competent. */
  NOT_COMPETENT,
  /**
   * Closed outside the reply form (the JSON API), which asks for no ground: still registered and
   * counted, under this name. Never offered on the form.
   */
  UNSTATED;

  /** The grounds an officer chooses from. */
  public static final java.util.List<ClosureGround> CHOSEN =
      java.util.List.of(NO_CONTACT, REPEAT, NOT_COMPETENT);
}
