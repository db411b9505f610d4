// SPDX-License-Identifier: EUPL-1.2
/**
 * Site (公開網站): the public pages — the home page and each agency's public profile (機關簡介: address,
 * phone, opening hours, units and the services each unit offers, and a link to its current
 * service-quality plan) — and the policy pages, whose privacy notice states the retention periods
 * read from the settings records of notification, intake and tracking. Shows public information
 * only; never personal data.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Site 公開網站",
    allowedDependencies = {
      "organisation",
      "catalogue",
      "performance",
      "notification",
      "intake",
      "tracking"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.site;
