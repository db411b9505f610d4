// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/** What kind of agency an agency is; shown to citizens and used to group figures. */
public enum AgencyType {
  /** 縣政府 / 市政府: a county or city government, the top of a hierarchy. */
  LOCAL_GOVERNMENT,
  /** 處 / 局: a department of a county or city government, e.g. 計畫處. */
  GOVERNMENT_DEPARTMENT,
  /** 鄉鎮市公所: a township or county-city office. */
  TOWNSHIP_OFFICE,
  /** 區公所: a district office of a special municipality or city. */
  DISTRICT_OFFICE,
  /** 戶政事務所: a household-registration office. */
  HOUSEHOLD_REGISTRATION_OFFICE,
  /** 衛生所: a public health centre. */
  HEALTH_CENTRE
}
