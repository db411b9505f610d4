// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

/**
 * A service-quality plan (or a county's template) as other modules see it.
 *
 * @param agencyCode the agency whose plan it is
 * @param draft whether it is still a draft (not yet approved by the agency head)
 */
public record PlanSummary(long id, String agencyCode, int year, String title, boolean draft) {}
