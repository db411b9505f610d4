// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.platform.security.ContentPolicySources;
import tw.civicdesk.platform.throttle.AnonymousDoor;

/**
 * Publishes the hourly limits of the public form's two anonymous doors (filing, following) to the
 * one throttle (ADR 0024), and the tile server's origin to the content policy (ADR 0040).
 */
@Configuration(proxyBeanMethods = false)
class PetitionSiteConfiguration {

  @Bean
  AnonymousDoor petitionFilingDoor(PetitionSiteSettings settings) {
    return new AnonymousDoor(PetitionSiteSettings.FILING_DOOR, settings.anonymousPerHour());
  }

  @Bean
  AnonymousDoor petitionFollowDoor(PetitionSiteSettings settings) {
    return new AnonymousDoor(PetitionSiteSettings.FOLLOW_DOOR, settings.followsPerHour());
  }

  @Bean
  ContentPolicySources mapTiles(PetitionSiteSettings settings) {
    return () -> settings.tileOrigin().stream().toList();
  }
}
