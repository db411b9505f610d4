// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/** Where a version of a service stands. */
public enum VersionStatus {
  /** Being edited; seen only in the console and its preview. */
  DRAFT,
  /** The version the public sees now. */
  PUBLISHED,
  /** Was published, replaced by a later version; kept for the cases filed under it. */
  SUPERSEDED
}
