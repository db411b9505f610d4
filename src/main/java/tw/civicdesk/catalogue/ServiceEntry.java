// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A service's identity and where its versions stand.
 *
 * @param unitId the owning unit of the newest version
 * @param currentVersion the published version the public sees, {@code null} before the first
 *     publication
 * @param draftVersion the version being edited, or {@code null}
 * @param revision optimistic-lock counter, incremented by every change; edits carry the revision
 *     they started from and fail when someone else changed the service meanwhile
 */
public record ServiceEntry(
    ServiceCode code,
    AgencyCode agency,
    long unitId,
    @Nullable Integer currentVersion,
    @Nullable Integer draftVersion,
    int revision) {

  public boolean isPublished() {
    return currentVersion != null;
  }

  public boolean hasDraft() {
    return draftVersion != null;
  }
}
