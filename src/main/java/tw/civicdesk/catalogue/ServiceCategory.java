// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/** The subject a service belongs to, for browsing the catalogue. */
public enum ServiceCategory {
  /** 戶政: household registration. */
  HOUSEHOLD_REGISTRATION,
  /** 民政: civil affairs (villages, religion, funerals, elections). */
  CIVIL_AFFAIRS,
  /** 社會福利: social welfare. */
  SOCIAL_WELFARE,
  /** 兵役: military service. */
  MILITARY_SERVICE,
  /** 調解: mediation. */
  MEDIATION,
  /** 衛生保健: public health. */
  HEALTH,
  /** 環境清潔: environment and cleaning. */
  ENVIRONMENT,
  /** 農業: agriculture. */
  AGRICULTURE,
  /** 工程建設: public works. */
  PUBLIC_WORKS,
  /** 研考與資訊: planning, evaluation and information. */
  PLANNING,
  /** 其他: anything else. */
  OTHER
}
