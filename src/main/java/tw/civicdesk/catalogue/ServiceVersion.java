// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * One version of one service as it was (or is being) published.
 *
 * @param version 1, 2, …; a case refers to {@code (code, version)}
 * @param unitId the owning unit of the agency
 * @param publishedAt when this version became public, {@code null} for a draft
 */
public record ServiceVersion(
    ServiceCode code,
    AgencyCode agency,
    long unitId,
    int version,
    VersionStatus status,
    ServiceContent content,
    @Nullable Instant publishedAt) {}
