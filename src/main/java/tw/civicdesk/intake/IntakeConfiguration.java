// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.platform.throttle.AnonymousDoor;

/** Publishes the hourly limit of anonymous filing to the one throttle (ADR 0024). */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

  @Bean
  AnonymousDoor intakeDoor(IntakeSettings settings) {
    return new AnonymousDoor(IntakeSettings.ANONYMOUS_DOOR, settings.anonymousPerHour());
  }
}
