// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.time.LocalDate;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What the performance report needs of an agency's catalogue as it stood at the end of one day: the
 * published services then, how many had a published procedure (SOP steps) and an online channel,
 * and the required documents with how many electronic verification replaces (書表減量).
 */
public record CatalogueFigures(
    AgencyCode agency,
    LocalDate asOf,
    int services,
    int withSteps,
    int online,
    int documents,
    int electronicallyVerifiable) {

  /** Share of services with published steps, 0–1 (0 when there are no services). */
  public double stepsShare() {
    return services == 0 ? 0 : (double) withSteps / services;
  }

  /** Share of services citizens can apply for online, 0–1. */
  public double onlineShare() {
    return services == 0 ? 0 : (double) online / services;
  }

  /** Share of required documents that electronic verification can replace, 0–1. */
  public double electronicShare() {
    return documents == 0 ? 0 : (double) electronicallyVerifiable / documents;
  }
}
