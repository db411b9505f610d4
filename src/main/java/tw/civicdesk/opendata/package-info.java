// SPDX-License-Identifier: EUPL-1.2
/**
 * Open data (開放資料, C14): de-identified datasets built from other modules' rollups only, never from
 * case rows — cases and the on-time rate by agency, service, channel and month; petitions and
 * facility reports by kind, category, district and month; survey satisfaction by dimension; phone
 * courtesy scores by unit and quarter.
 *
 * <p>A module offers a dataset by declaring a {@link tw.civicdesk.opendata.DatasetSource} bean,
 * which answers aggregated cells for a period; its tables stay its own. This module suppresses
 * every count below k (default 3) with complementary suppression ({@link
 * tw.civicdesk.opendata.CellSuppression}, ADR 0066), stores each closed period's snapshot so that a
 * period's file never changes unless rebuilt, and serves it as CSV, JSON and ODS at stable URLs,
 * with metadata in the fields data.gov.tw asks for and a DCAT-AP catalogue (ADR 0067), under the
 * licence 政府資料開放授權條款－第1版 (OGDL-Taiwan-1.0).
 *
 * <p>Invariants: no published count is 1 to k − 1; no suppressed count can be solved for from the
 * published cells and totals; no free text, name or address is ever in a dataset.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Open data 開放資料",
    allowedDependencies = {"organisation", "catalogue"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.opendata;
