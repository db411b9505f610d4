// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/** The kind of organisational unit, named after the Chinese suffix it carries. */
public enum UnitKind {
  /** 課: a section of a township or district office. */
  SECTION,
  /** 室: an office (e.g. 行政室, 人事室). */
  OFFICE,
  /** 股: a desk of a household-registration office. */
  DESK,
  /** 科: a division of a government department. */
  DIVISION,
  /** 隊: a team, e.g. 清潔隊. */
  TEAM,
  /** 組: a group, as in health centres. */
  GROUP
}
