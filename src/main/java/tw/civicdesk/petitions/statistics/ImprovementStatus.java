// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

/** Where an improvement action stands. */
public enum ImprovementStatus {
  /** Agreed, not yet started (規劃中). */
  PLANNED,
  /** Being carried out (執行中). */
  IN_PROGRESS,
  /** Carried out, on its done date (已完成). */
  DONE
}
