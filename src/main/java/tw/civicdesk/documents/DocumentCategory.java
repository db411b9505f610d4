// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

/** What kind of document an agency publishes; the public list is grouped by it, in this order. */
public enum DocumentCategory {
  /** 法規: the agency's own regulations, rules and guidelines. */
  REGULATION,
  /** 預算、決算: budgets and final accounts. */
  BUDGET,
  /** 報告: work reports, statistics, evaluations. */
  REPORT,
  /** 出版品: publications, brochures, the service handbook. */
  PUBLICATION,
  /** 其他: anything else the agency publishes. */
  OTHER
}
