// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/**
 * What a staff member may do. Roles add up; every role is bound to the staff member's own agency
 * (see {@link AccessPolicy}).
 */
public enum Role {
  /** 櫃台人員: registers applications at the counter, calls queue numbers. */
  COUNTER_CLERK,
  /** 承辦人: works assigned cases and petitions. */
  CASE_OFFICER,
  /** 單位主管: assigns work, approves extensions, receives escalations. */
  UNIT_HEAD,
  /** 研考人員: quality plan, surveys, reports; in a supervising agency also the roll-up figures. */
  QUALITY_OFFICER,
  /** 機關首長 (or the deputy signing for them): approves the agency's service-quality plan. */
  AGENCY_HEAD,
  /** 機關管理者: manages the agency's profile, units, staff and closure days. */
  AGENCY_ADMIN,
  /** 系統管理者: manages every agency and the government calendar. */
  SYSTEM_ADMIN;

  /** The Spring Security authority name, e.g. {@code ROLE_CASE_OFFICER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
