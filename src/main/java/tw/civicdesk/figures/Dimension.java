// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

/** What figures can be grouped by; figures not grouped by a dimension add up across it. */
public enum Dimension {
  /** The agency that owns the cases. */
  AGENCY("agency_code"),
  /** The unit of the agency that handles them. */
  UNIT("unit_id"),
  /** The catalogue service ({@code null} for cases without one, e.g. petitions). */
  SERVICE("service_code"),
  /** How they came in (臨櫃, 線上, 電話, 郵寄). */
  CHANNEL("channel"),
  /** The kind of case (申辦, 陳情, …). */
  KIND("kind"),
  /** The month each figure counts in (see {@code docs/figures.md}). */
  MONTH("month");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  /** The rollup column; the same in every rollup table. */
  String column() {
    return column;
  }
}
