// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * An agency as other modules and the public see it. All of it is public information.
 *
 * @param parentCode the supervising agency, {@code null} for the top of a hierarchy
 * @param closurePolicy how the agency's closures move its deadlines; {@code null} = the application
 *     default ({@link Organisation#closurePolicy})
 * @param version optimistic-lock version, incremented on every change
 */
public record Agency(
    AgencyCode code,
    @Nullable AgencyCode parentCode,
    BilingualText name,
    AgencyType type,
    BilingualText address,
    String phone,
    BilingualText openingHours,
    @Nullable ClosurePolicy closurePolicy,
    int version) {}
