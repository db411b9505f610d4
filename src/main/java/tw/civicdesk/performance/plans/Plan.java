// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A service-quality plan of one agency for one year (or a county's template).
 *
 * @param templateId the template it was derived from, if any
 * @param frameworkCode the scoring framework its tree follows (or, for own headings mapped to one,
 *     is scored against), or {@code null}
 * @param revision how many revisions (修正) were recorded after approval; 0 for the first text
 * @param approvalRef the head's approval as the agency recorded it, e.g. a document number
 * @param version optimistic lock, raised by every change
 */
@NamedInterface("api")
public record Plan(
    long id,
    String agencyCode,
    int year,
    PlanKind kind,
    @Nullable Long templateId,
    @Nullable String frameworkCode,
    String title,
    PlanStatus status,
    int revision,
    PlanContent content,
    @Nullable String approvedBy,
    @Nullable Instant approvedAt,
    @Nullable String approvalRef,
    @Nullable Instant publishedAt,
    int version) {}
