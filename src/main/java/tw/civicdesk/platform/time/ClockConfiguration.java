// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} every module injects; tests may replace it with a fixed clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /** Offices of CivicDesk's agencies all keep Taiwan time. */
  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(TAIPEI);
  }
}
